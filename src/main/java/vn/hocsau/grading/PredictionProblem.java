package vn.hocsau.grading;

/**
 * Why a predictions file was refused. Each is the learner's mistake: it is reported with the first
 * offending line and never charged against the daily limit. Pages translate it with the message key
 * {@code err_predictions_<name in lower case>}.
 */
public enum PredictionProblem {
  /** The file is larger than the lab allows; the line holds the first byte over the cap. */
  TOO_LARGE,
  /** The file is empty (or only blank lines). Line is 0. */
  EMPTY,
  /** The file is not UTF-8 text. */
  NOT_UTF8,
  /** The header is not the expected one; args: expected header, found header. */
  BAD_HEADER,
  /** A row has the wrong number of columns; args: expected, found (ints). */
  WRONG_COLUMNS,
  /** An id that is not in the test set; args: the id. */
  UNKNOWN_ID,
  /** An id appears twice; args: the id, the line of its first appearance (a long). */
  DUPLICATE_ID,
  /** A value is not a number; args: the column name, the text (cut to 60 characters). */
  NOT_A_NUMBER,
  /** A value is NaN or infinite; args: the column name. */
  NOT_FINITE,
  /** A value is out of range (a class index, a probability); args: the column name, the text. */
  OUT_OF_RANGE,
  /** Probabilities of a row do not sum to 1 (within tolerance); args: the sum (a double). */
  BAD_PROBABILITY_SUM,
  /**
   * Ids of the test set are missing; args: how many (an int), the first missing id in key order.
   * Line is 0.
   */
  MISSING_IDS
}
