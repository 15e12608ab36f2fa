package vn.hocsau.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEnded;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.JobState;
import vn.hocsau.job.JobView;
import vn.hocsau.lab.DatasetRow;
import vn.hocsau.lab.Datasets;
import vn.hocsau.lab.FileRow;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.Labs;

/**
 * Submissions that train a model: queues a {@code train} job with the payload of {@code
 * docs/training-jobs.md} (public dataset files only, never labels), and scores the job's {@code
 * predictions.csv} when it ends.
 */
@ApplicationScoped
public class TrainingSubmissions {

  /** The job kind. */
  public static final String JOB_KIND = "train";

  /** The only roles a payload may name: there is no test-labels role. */
  static final Set<String> ROLES = Set.of("train-features", "train-labels", "test-features");

  private static final Map<SubmissionKind, String> DEFAULT_NAMES =
      Map.of(
          SubmissionKind.CONFIG, "network.yaml",
          SubmissionKind.JAVA, "Model.java",
          SubmissionKind.DL4J_JSON, "model.json",
          SubmissionKind.DL4J_ZIP, "model.zip");

  private static final Logger LOG = Logger.getLogger(TrainingSubmissions.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject JobQueue queue;
  @Inject JobOutputs outputs;
  @Inject Datasets datasets;
  @Inject Labs labs;
  @Inject LabSubmissionRepository submissions;
  @Inject LabScoring scoring;
  @Inject ComputeBudget budget;
  @Inject jakarta.enterprise.event.Event<LabJobFaulted> faulted;

  /** The slot kind every training job needs today. */
  static final String RESOURCE = "cpu";

  /**
   * Queues the job for a new PENDING submission, in the caller's transaction, and holds its
   * estimate against the learner's compute quota.
   *
   * @throws ComputeRefusedException the job would exceed the quota (the caller's transaction rolls
   *     back, so nothing is stored)
   */
  void enqueue(Lab lab, DatasetRow dataset, LabSubmission s, LabSubmitService.Upload upload) {
    // The runner writes the file under this name inside the sandbox: plain ASCII names only.
    s.fileName =
        s.fileName != null && s.fileName.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")
            ? s.fileName
            : DEFAULT_NAMES.get(s.kind);
    if (s.kind == SubmissionKind.DL4J_ZIP) {
      s.zipSha256 = datasets.putBlob(upload.bytes(), s.createdAt);
    }
    s.jobId = queue.enqueue(s.userId, JOB_KIND, RESOURCE, payload(lab, dataset, s, upload), 0);
    budget.reserve(new ComputeRequest(s.userId, lab.courseId, s.jobId, RESOURCE, lab.wallSeconds));
  }

  String payload(Lab lab, DatasetRow dataset, LabSubmission s, LabSubmitService.Upload upload) {
    ObjectNode root = JSON.createObjectNode().put("version", 1);
    ObjectNode sub = root.putObject("submission");
    sub.put("id", s.id).put("kind", s.kind.key()).put("fileName", s.fileName);
    sub.put("text", s.kind == SubmissionKind.DL4J_ZIP ? null : upload.text());
    sub.put("blob", s.zipSha256);
    ObjectNode ds = root.putObject("dataset");
    ds.put("slug", dataset.slug())
        .put("format", dataset.format())
        .put("task", dataset.task())
        .put("numClasses", dataset.numClasses());
    ArrayNode shape = ds.putArray("inputShape");
    for (String d : dataset.inputShape().replaceAll("[\\[\\] ]", "").split(",")) {
      shape.add(Integer.parseInt(d));
    }
    ArrayNode files = ds.putArray("files");
    for (FileRow f : datasets.files(dataset.id())) {
      if (!ROLES.contains(f.role())) {
        throw new IllegalStateException("refusing to send dataset role " + f.role());
      }
      files
          .addObject()
          .put("role", f.role())
          .put("sha256", f.sha256())
          .put("size", f.size())
          .put("name", f.name());
    }
    root.putObject("limits")
        .put("wallSeconds", lab.wallSeconds)
        .put("memoryMb", lab.memoryMb)
        .put("maxEpochs", lab.maxEpochs);
    root.put("output", lab.outputFormat);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The learner's text in a payload this class wrote, or null. */
  static String submittedText(String payload) {
    try {
      com.fasterxml.jackson.databind.JsonNode text =
          JSON.readTree(payload).path("submission").path("text");
      return text.isTextual() ? text.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** What handling a job's end did to its submission. */
  enum Outcome {
    /** Nothing: no pending submission, a stale end, or another replica holds the submission. */
    NONE,
    /** The submission was scored, or refused (invalid predictions, failed job). */
    SETTLED,
    /** Scoring threw even on the retry: the submission failed with {@code lab_scoring_failed}. */
    GAVE_UP
  }

  /**
   * Scores a training job's predictions once the job's end is committed. When scoring throws, the
   * submission stays PENDING and {@link PendingSubmissionSweep} tries once more after its grace.
   */
  void onJobEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded ended) {
    if (!JOB_KIND.equals(ended.kind())) {
      return;
    }
    try {
      finish(ended, false);
    } catch (RuntimeException e) {
      LOG.errorf(e, "scoring the predictions of job %d failed; the sweep retries", ended.jobId());
    }
  }

  /**
   * The sweep's retry of a job end that was never handled: scores it as {@link #onJobEnded} would,
   * and when that throws again, fails the submission with a message instead of leaving it pending.
   * A submission another replica is handling right now is skipped, not waited for.
   */
  Outcome retry(JobEnded ended) {
    try {
      return finish(ended, true);
    } catch (RuntimeException e) {
      LOG.errorf(e, "scoring the predictions of job %d failed again; failing it", ended.jobId());
      return giveUp(ended);
    }
  }

  /**
   * Settles the PENDING submission of the ended job. The submission row is locked first and must
   * still be PENDING, so the observer and sweeps on any number of replicas settle it once.
   *
   * @param skipLocked skip a submission another transaction holds instead of waiting for it
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Outcome finish(JobEnded ended, boolean skipLocked) {
    JobView job = queue.find(ended.jobId()).orElse(null);
    if (job == null || job.attempt() != ended.attempt() || job.state() != ended.state()) {
      LOG.warnf(
          "ignoring a stale end of job %d (attempt %d, %s); the job is at %s",
          ended.jobId(),
          ended.attempt(),
          ended.state(),
          job == null ? "nothing" : "attempt " + job.attempt() + ", " + job.state());
      return Outcome.NONE;
    }
    Optional<LabSubmission> found = submissions.lockPendingByJob(ended.jobId(), skipLocked);
    if (found.isEmpty()) {
      return Outcome.NONE;
    }
    LabSubmission s = found.get();
    // The job queue's charging rule decides, so the allowance and the compute bill agree.
    s.charged = ended.charged();
    Lab lab = labs.findById(s.labId);
    if (ended.state() != JobState.SUCCEEDED) {
      fail(s, ended.errorClass());
      return Outcome.SETTLED;
    }
    Optional<DatasetRow> dataset = datasets.find(lab.datasetSlug);
    Optional<byte[]> predictions = outputs.read(ended.jobId(), ended.attempt(), "predictions.csv");
    if (dataset.isEmpty() || predictions.isEmpty()) {
      fail(s, ErrorClass.INVALID_OUTPUT);
      return Outcome.SETTLED;
    }
    s.predictionsSha256 = datasets.putBlob(predictions.get(), s.createdAt);
    try {
      scoring.scored(lab, s, scoring.score(lab, dataset.get(), predictions.get()));
    } catch (PredictionFileException e) {
      s.status = SubmissionStatus.FAILED;
      s.problem = SubmissionProblem.of(e).json();
    }
    return Outcome.SETTLED;
  }

  /** Fails the still PENDING submission of the job: a platform fault, so not charged. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Outcome giveUp(JobEnded ended) {
    Optional<LabSubmission> found = submissions.lockPendingByJob(ended.jobId(), true);
    if (found.isEmpty()) {
      return Outcome.NONE;
    }
    LabSubmission s = found.get();
    s.status = SubmissionStatus.FAILED;
    s.charged = false;
    s.problem = SubmissionProblem.scoringFailed().json();
    queue.waiveCharge(ended.jobId());
    faulted.fire(new LabJobFaulted(ended.jobId(), s.userId));
    return Outcome.GAVE_UP;
  }

  private void fail(LabSubmission s, ErrorClass errorClass) {
    ErrorClass cls = errorClass == null ? ErrorClass.RUNTIME_ERROR : errorClass;
    s.status = SubmissionStatus.FAILED;
    s.problem = SubmissionProblem.jobFailed(cls).json();
  }
}
