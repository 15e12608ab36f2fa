package vn.hocsau.grading;

import vn.hocsau.system.i18n.LabsMessages;

/**
 * Turns a refused predictions file into a sentence for the learner, in the language of the given
 * message bundle ({@code err_predictions_<problem>}, with the problem's arguments and its line).
 */
public final class PredictionProblemText {

  private PredictionProblemText() {}

  public static String describe(LabsMessages msg, PredictionFileException e) {
    long line = e.line();
    var a = e.args();
    return switch (e.problem()) {
      case TOO_LARGE -> msg.err_predictions_too_large(line);
      case EMPTY -> msg.err_predictions_empty(line);
      case NOT_UTF8 -> msg.err_predictions_not_utf8(line);
      case BAD_HEADER -> msg.err_predictions_bad_header(str(a.get(0)), str(a.get(1)), line);
      case WRONG_COLUMNS -> msg.err_predictions_wrong_columns(num(a.get(0)), num(a.get(1)), line);
      case UNKNOWN_ID -> msg.err_predictions_unknown_id(str(a.get(0)), line);
      case DUPLICATE_ID ->
          msg.err_predictions_duplicate_id(str(a.get(0)), ((Number) a.get(1)).longValue(), line);
      case NOT_A_NUMBER -> msg.err_predictions_not_a_number(str(a.get(0)), str(a.get(1)), line);
      case NOT_FINITE -> msg.err_predictions_not_finite(str(a.get(0)), line);
      case OUT_OF_RANGE -> msg.err_predictions_out_of_range(str(a.get(0)), str(a.get(1)), line);
      case BAD_PROBABILITY_SUM ->
          msg.err_predictions_bad_probability_sum(((Number) a.get(0)).doubleValue(), line);
      case MISSING_IDS -> msg.err_predictions_missing_ids(num(a.get(0)), str(a.get(1)), line);
    };
  }

  private static String str(Object o) {
    return String.valueOf(o);
  }

  private static int num(Object o) {
    return ((Number) o).intValue();
  }
}
