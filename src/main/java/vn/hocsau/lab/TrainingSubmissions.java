package vn.hocsau.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.submission.ErrorClass;
import vn.hocsau.submission.JobEnded;
import vn.hocsau.submission.JobOutputs;
import vn.hocsau.submission.JobQueue;
import vn.hocsau.submission.JobState;
import vn.hocsau.submission.JobView;

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

  private static final Map<String, String> DEFAULT_NAMES =
      Map.of(
          "config", "network.yaml",
          "java", "Model.java",
          "dl4j-json", "model.json",
          "dl4j-zip", "model.zip");

  private static final Logger LOG = Logger.getLogger(TrainingSubmissions.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject JobQueue queue;
  @Inject JobOutputs outputs;
  @Inject DatasetRepository datasets;
  @Inject LabRepository labs;
  @Inject LabSubmissionRepository submissions;
  @Inject LabScoring scoring;

  /** Queues the job for a new PENDING submission, in the caller's transaction. */
  void enqueue(
      Lab lab,
      DatasetRepository.DatasetRow dataset,
      LabSubmission s,
      LabSubmitService.Upload upload) {
    // The runner writes the file under this name inside the sandbox: plain ASCII names only.
    s.fileName =
        s.fileName != null && s.fileName.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}")
            ? s.fileName
            : DEFAULT_NAMES.get(s.kind);
    if (s.kind.equals("dl4j-zip")) {
      s.zipSha256 = datasets.putBlob(upload.bytes(), s.createdAt);
    }
    s.jobId = queue.enqueue(s.userId, JOB_KIND, "cpu", payload(lab, dataset, s, upload), 0);
  }

  String payload(
      Lab lab,
      DatasetRepository.DatasetRow dataset,
      LabSubmission s,
      LabSubmitService.Upload upload) {
    ObjectNode root = JSON.createObjectNode().put("version", 1);
    ObjectNode sub = root.putObject("submission");
    sub.put("id", s.id).put("kind", s.kind).put("fileName", s.fileName);
    sub.put("text", s.kind.equals("dl4j-zip") ? null : upload.text());
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
    for (DatasetRepository.FileRow f : datasets.files(dataset.id())) {
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

  /** Scores a training job's predictions once the job's end is committed. */
  void onJobEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded ended) {
    if (!JOB_KIND.equals(ended.kind())) {
      return;
    }
    try {
      finish(ended);
    } catch (RuntimeException e) {
      LOG.errorf(e, "scoring the predictions of job %d failed", ended.jobId());
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void finish(JobEnded ended) {
    Optional<LabSubmission> found = submissions.byJob(ended.jobId());
    if (found.isEmpty() || !found.get().status.equals(LabSubmission.PENDING)) {
      return;
    }
    LabSubmission s = found.get();
    // The job queue's charging rule decides, so the allowance and the compute bill agree.
    s.charged = ended.charged();
    Lab lab = labs.findById(s.labId);
    if (ended.state() != JobState.SUCCEEDED) {
      fail(s, ended.errorClass());
      return;
    }
    Optional<DatasetRepository.DatasetRow> dataset = datasets.find(lab.datasetSlug);
    JobView job = queue.find(ended.jobId()).orElseThrow();
    Optional<byte[]> predictions = outputs.read(ended.jobId(), job.attempt(), "predictions.csv");
    if (dataset.isEmpty() || predictions.isEmpty()) {
      fail(s, ErrorClass.INVALID_OUTPUT);
      return;
    }
    s.predictionsSha256 = datasets.putBlob(predictions.get(), s.createdAt);
    try {
      scoring.scored(lab, s, scoring.score(lab, dataset.get(), predictions.get()));
    } catch (PredictionFileException e) {
      s.status = LabSubmission.FAILED;
      SubmissionProblem p = SubmissionProblem.of(e);
      s.problem = new SubmissionProblem(p.key(), p.line(), p.args()).json();
    }
  }

  private void fail(LabSubmission s, ErrorClass errorClass) {
    ErrorClass cls = errorClass == null ? ErrorClass.RUNTIME_ERROR : errorClass;
    s.status = LabSubmission.FAILED;
    s.problem =
        new SubmissionProblem(
                "lab_job_" + cls.name().toLowerCase(java.util.Locale.ROOT), 0, List.of())
            .json();
  }
}
