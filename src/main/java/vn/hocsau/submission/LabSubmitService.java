package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.lab.DatasetRow;
import vn.hocsau.lab.Datasets;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.lab.Labs;
import vn.hocsau.submission.LabRefusedException.Reason;
import vn.hocsau.system.i18n.Language;

/**
 * Takes a learner's submission to a lab: checks the lab's rules (kind, dataset installed, dates,
 * daily limit, idempotency), then scores a predictions file at once or queues a training job.
 */
@ApplicationScoped
public class LabSubmitService {

  private static final Logger LOG = Logger.getLogger(LabSubmitService.class);

  /** What a learner sent. Text kinds carry {@code text}; files carry {@code bytes}. */
  public record Upload(
      SubmissionKind kind, byte[] bytes, String text, String fileName, String note, String key) {}

  /** The submission, and whether this call created it (false for a repeated key). */
  public record Result(SubmissionView submission, boolean created) {}

  @Inject Labs labs;
  @Inject LabSubmissionRepository submissions;
  @Inject LabSubmissions quota;
  @Inject Datasets datasets;
  @Inject LabScoring scoring;
  @Inject TrainingSubmissions training;
  @Inject LabConfig config;
  @Inject Preflight preflight;
  @Inject Clock clock;

  @Transactional
  public Result submit(String course, String slug, Long userId, Upload upload, Language language) {
    Lab lab = labs.findPublished(course, slug).orElseThrow(() -> refuse(Reason.NOT_FOUND));
    if (!lab.kinds().contains(upload.kind())) {
      throw refuse(Reason.KIND_NOT_ACCEPTED, upload.kind().key());
    }
    submissions.lock(lab.id, userId);
    String key = clean(upload.key());
    Optional<LabSubmission> earlier =
        key == null ? Optional.empty() : submissions.byKey(lab.id, userId, key);
    if (earlier.isPresent()) {
      return new Result(view(lab, earlier.get(), language), false);
    }
    DatasetRow dataset =
        datasets
            .find(lab.datasetSlug)
            .orElseThrow(() -> refuse(Reason.DATASET_MISSING, lab.datasetSlug));
    Instant now = clock.instant();
    checkOpen(lab, userId, now);
    checkContent(upload);
    String fileName = UploadName.of(upload.fileName()).orElse(null);
    // Before anything is stored: a refused config uses neither the daily limit nor compute.
    PreflightReport report =
        preflight.check(lab, dataset, upload.kind(), upload.text(), fileName, language);
    if (upload.kind() == SubmissionKind.JAVA && fileName == null) {
      // Typed in the editor: javac needs the file named after its public class.
      fileName = report.javaClass() + ".java";
    }
    LabSubmission s = new LabSubmission();
    s.labId = lab.id;
    s.userId = userId;
    s.kind = upload.kind();
    s.idempotencyKey = key;
    String note = upload.note() == null ? null : withoutControls(upload.note(), "\n\t");
    s.note = note == null || note.isBlank() ? null : trim(note, 500);
    s.createdAt = now;
    s.fileName = fileName;
    if (upload.kind() == SubmissionKind.PREDICTIONS) {
      predictions(lab, dataset, s, upload.bytes());
    } else {
      s.status = SubmissionStatus.PENDING;
      s.charged = true;
      submissions.persistAndFlush(s);
      training.enqueue(lab, dataset, s, upload);
    }
    // The story of a submission in the logs starts here; the user id is in the MDC.
    LOG.infof(
        "Submission %d to lab %d accepted: %s, %s%s",
        s.id, lab.id, s.kind.key(), s.status, s.jobId == null ? "" : ", job " + s.jobId);
    return new Result(view(lab, s, language), true);
  }

  /**
   * The check before queueing, on its own: what {@link #submit} would check about the lab and the
   * text, and the summary of what it found. Stores nothing and counts nothing against any limit.
   *
   * @return the summary; null for a kind that has none (predictions, DL4J files)
   * @throws LabRefusedException the lab does not take it
   * @throws PreflightRefusedException the text is refused, with its line
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PreflightReport check(String course, String slug, Upload upload, Language language) {
    Lab lab = labs.findPublished(course, slug).orElseThrow(() -> refuse(Reason.NOT_FOUND));
    if (!lab.kinds().contains(upload.kind())) {
      throw refuse(Reason.KIND_NOT_ACCEPTED, upload.kind().key());
    }
    DatasetRow dataset =
        datasets
            .find(lab.datasetSlug)
            .orElseThrow(() -> refuse(Reason.DATASET_MISSING, lab.datasetSlug));
    checkContent(upload);
    String fileName = UploadName.of(upload.fileName()).orElse(null);
    return preflight.check(lab, dataset, upload.kind(), upload.text(), fileName, language);
  }

  private void predictions(Lab lab, DatasetRow dataset, LabSubmission s, byte[] bytes) {
    s.predictionsSha256 = datasets.putBlob(bytes, s.createdAt);
    try {
      var scores = scoring.score(lab, dataset, bytes);
      s.charged = true;
      s.status = SubmissionStatus.PENDING;
      submissions.persistAndFlush(s);
      scoring.scored(lab, s, scores);
    } catch (PredictionFileException e) {
      s.status = SubmissionStatus.INVALID;
      s.charged = false;
      s.problem = SubmissionProblem.of(e).json();
      submissions.persist(s);
    }
  }

  private void checkOpen(Lab lab, Long userId, Instant now) {
    if (lab.startsAt != null && now.isBefore(lab.startsAt)) {
      throw refuse(Reason.NOT_STARTED);
    }
    if (lab.deadline != null && !now.isBefore(lab.deadline)) {
      throw refuse(Reason.DEADLINE_PASSED);
    }
    if (quota.usedToday(lab, userId, now) >= lab.dailyLimit) {
      throw refuse(Reason.DAILY_LIMIT, String.valueOf(lab.dailyLimit));
    }
  }

  private void checkContent(Upload upload) {
    if (upload.kind().text()) {
      if (upload.text() == null || upload.text().isBlank()) {
        throw refuse(Reason.EMPTY);
      }
      if (upload.text().length() > config.maxCodeChars()) {
        throw refuse(Reason.TOO_LARGE, String.valueOf(config.maxCodeChars()));
      }
      // A NUL means a binary file was sent as text; PostgreSQL's JSON cannot even hold one.
      if (upload.text().indexOf('\u0000') >= 0) {
        throw refuse(Reason.NOT_TEXT);
      }
    } else if (upload.bytes() == null || upload.bytes().length == 0) {
      throw refuse(Reason.EMPTY);
    }
  }

  SubmissionView view(Lab lab, LabSubmission s, Language language) {
    return SubmissionView.of(s, lab.revealed(clock.instant()), language);
  }

  private static String clean(String key) {
    String k = key == null ? null : withoutControls(key, "").strip();
    return k == null || k.isEmpty() ? null : trim(k, 100);
  }

  /**
   * {@code s} without control characters other than {@code keep}: they are invisible, and
   * PostgreSQL refuses a NUL in text, so one from a broken client would otherwise fail the request.
   */
  private static String withoutControls(String s, String keep) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !Character.isISOControl(c) || keep.indexOf(c) >= 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The first {@code max} characters of {@code s}, never splitting a surrogate pair. */
  private static String trim(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }

  private static LabRefusedException refuse(Reason reason, String... args) {
    return new LabRefusedException(reason, args);
  }
}
