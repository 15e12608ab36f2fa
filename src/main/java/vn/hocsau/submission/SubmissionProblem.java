package vn.hocsau.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Why a submission is INVALID or FAILED, stored as JSON in {@code lab_submission.problem} and
 * translated when shown.
 *
 * @param key a typed code (see {@link ProblemText}), e.g. {@code err_predictions_bad_header} or
 *     {@code lab_job_time_limit}
 * @param line the first offending line, or 0
 * @param args the message's arguments
 */
public record SubmissionProblem(String key, long line, List<String> args) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static SubmissionProblem of(PredictionFileException e) {
    return new SubmissionProblem(
        ProblemText.PREDICTIONS + e.problem().name().toLowerCase(Locale.ROOT),
        e.line(),
        e.args().stream().map(String::valueOf).toList());
  }

  /** The job ended without a predictions file to score, for the reason its runner gave. */
  static SubmissionProblem jobFailed(ErrorClass errorClass) {
    return new SubmissionProblem(
        ProblemText.JOB + errorClass.name().toLowerCase(Locale.ROOT), 0, List.of());
  }

  /** The platform could not score the job's output (a fault of ours, never charged). */
  static SubmissionProblem scoringFailed() {
    return new SubmissionProblem(ProblemText.SCORING_FAILED, 0, List.of());
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static SubmissionProblem parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, SubmissionProblem.class);
    } catch (JsonProcessingException e) {
      return new SubmissionProblem("unreadable", 0, List.of());
    }
  }

  /** The translated sentence, with the line when there is one. */
  String message(Language language) {
    return ProblemText.of(this, Bundles.in(language, LabMessages.class));
  }
}
