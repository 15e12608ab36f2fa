package vn.hocsau.quiz;

/**
 * Why an answer could not be understood. Such an answer scores 0; pages can show the problem and
 * let the learner fix the input before submitting for real.
 */
public enum AnswerProblem {
  /** The answer is of another kind than the question expects (a tampered form). */
  WRONG_KIND,
  /** An option or item id that the question does not have (a tampered form). */
  UNKNOWN_OPTION,
  /** An ordering that is not a permutation of the question's items. */
  NOT_A_PERMUTATION,
  /** Input that is not a number, such as "abc" or "1.234,5". */
  NOT_A_NUMBER,
  /** "NaN", "Infinity" or a number too large to represent. */
  NOT_FINITE,
  /** Input longer than the question accepts. */
  TOO_LONG,
  /** A pattern that took too long to decide; treated as no match. */
  PATTERN_TOO_COMPLEX
}
