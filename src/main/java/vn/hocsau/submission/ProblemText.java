package vn.hocsau.submission;

import java.util.List;
import java.util.Locale;
import vn.hocsau.grading.PredictionProblem;
import vn.hocsau.job.ErrorClass;

/**
 * Words a stored {@link SubmissionProblem} through the typed methods of {@link LabMessages}. A
 * stored key is a typed code: {@code err_predictions_<PredictionProblem>}, {@code
 * lab_job_<ErrorClass>} or {@code lab_scoring_failed}; each constant has its case below, so a new
 * one without a message does not compile. A key no code matches (a row written by an older version,
 * or damaged) reads as "the submission is invalid (key)" rather than failing the page.
 */
final class ProblemText {

  static final String PREDICTIONS = "err_predictions_";
  static final String JOB = "lab_job_";
  static final String SCORING_FAILED = "lab_scoring_failed";

  private ProblemText() {}

  static String of(SubmissionProblem p, LabMessages m) {
    String key = p.key() == null ? "" : p.key();
    try {
      if (key.startsWith(PREDICTIONS)) {
        PredictionProblem problem = constant(PredictionProblem.class, key, PREDICTIONS);
        if (problem != null) {
          return predictions(problem, p.args(), p.line(), m);
        }
      } else if (key.startsWith(JOB)) {
        ErrorClass errorClass = constant(ErrorClass.class, key, JOB);
        if (errorClass != null && errorClass != ErrorClass.OK) {
          return atLine(m, p.line(), job(errorClass, m));
        }
      } else if (key.equals(SCORING_FAILED)) {
        return atLine(m, p.line(), m.lab_scoring_failed());
      }
    } catch (RuntimeException damaged) {
      // Missing or non-numeric arguments in a stored row: say the key rather than fail the page.
    }
    return m.lab_problem_unknown(key);
  }

  private static String predictions(
      PredictionProblem problem, List<String> a, long line, LabMessages m) {
    return switch (problem) {
      case TOO_LARGE -> m.err_predictions_too_large(line);
      case EMPTY -> atLine(m, line, m.err_predictions_empty(line));
      case NOT_UTF8 -> m.err_predictions_not_utf8(line);
      case BAD_HEADER -> m.err_predictions_bad_header(a.get(0), a.get(1), line);
      case WRONG_COLUMNS ->
          m.err_predictions_wrong_columns(
              Integer.parseInt(a.get(0)), Integer.parseInt(a.get(1)), line);
      case UNKNOWN_ID -> m.err_predictions_unknown_id(a.get(0), line);
      case DUPLICATE_ID -> m.err_predictions_duplicate_id(a.get(0), Long.parseLong(a.get(1)), line);
      case NOT_A_NUMBER -> m.err_predictions_not_a_number(a.get(0), a.get(1), line);
      case NOT_FINITE -> m.err_predictions_not_finite(a.get(0), line);
      case OUT_OF_RANGE -> m.err_predictions_out_of_range(a.get(0), a.get(1), line);
      case BAD_PROBABILITY_SUM ->
          m.err_predictions_bad_probability_sum(Double.parseDouble(a.get(0)), line);
      case MISSING_IDS ->
          atLine(
              m, line, m.err_predictions_missing_ids(Integer.parseInt(a.get(0)), a.get(1), line));
    };
  }

  private static String job(ErrorClass errorClass, LabMessages m) {
    return switch (errorClass) {
      case OK -> throw new IllegalArgumentException("a job that ended OK has no problem");
      case COMPILE_ERROR -> m.lab_job_compile_error();
      case CONFIG_ERROR -> m.lab_job_config_error();
      case TIME_LIMIT -> m.lab_job_time_limit();
      case MEMORY_LIMIT -> m.lab_job_memory_limit();
      case OUTPUT_LIMIT -> m.lab_job_output_limit();
      case DISK_LIMIT -> m.lab_job_disk_limit();
      case RUNTIME_ERROR -> m.lab_job_runtime_error();
      case INVALID_OUTPUT -> m.lab_job_invalid_output();
      case RUNNER_LOST -> m.lab_job_runner_lost();
      case CANCELLED -> m.lab_job_cancelled();
    };
  }

  /** "Line 7: …" in front of a sentence that does not name its line itself. */
  private static String atLine(LabMessages m, long line, String text) {
    return line > 0 ? m.lab_problem_at_line(line, text) : text;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String key, String prefix) {
    String name = key.substring(prefix.length()).toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
