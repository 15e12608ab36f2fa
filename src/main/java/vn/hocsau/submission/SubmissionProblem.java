package vn.hocsau.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.system.i18n.Language;

/**
 * Why a submission is INVALID or FAILED, stored as JSON in {@code lab_submission.problem} and
 * translated when shown.
 *
 * @param key a message key, e.g. {@code err_predictions_bad_header} or {@code lab_job_failed}
 * @param line the first offending line, or 0
 * @param args the message's arguments
 */
public record SubmissionProblem(String key, long line, List<String> args) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static SubmissionProblem of(PredictionFileException e) {
    return new SubmissionProblem(
        "err_predictions_" + e.problem().name().toLowerCase(java.util.Locale.ROOT),
        e.line(),
        e.args().stream().map(String::valueOf).toList());
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
      return new SubmissionProblem("lab_problem_unknown", 0, List.of());
    }
  }

  /** The translated sentence, with the line when there is one. */
  String message(Language language) {
    String text = LabMessages.translate(language, key, args, Map.of("line", String.valueOf(line)));
    return line > 0 && !LabMessages.mentions(language, key, "line")
        ? LabMessages.translate(
            language, "lab_problem_at_line", List.of(String.valueOf(line), text))
        : text;
  }
}
