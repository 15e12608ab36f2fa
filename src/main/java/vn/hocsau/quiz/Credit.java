package vn.hocsau.quiz;

import java.util.Optional;

/**
 * The share of a question's points an answer earns, from 0 to 1, and why it could not be read if
 * that was the case.
 */
public record Credit(double fraction, Optional<AnswerProblem> problem) {

  /** Clamps the fraction into [0, 1]: negative marks never take points from other questions. */
  public Credit {
    fraction = Math.max(0, Math.min(1, fraction));
  }

  /** A readable answer earning {@code fraction}. */
  public static Credit of(double fraction) {
    return new Credit(fraction, Optional.empty());
  }

  /** All or nothing. */
  public static Credit of(boolean correct) {
    return of(correct ? 1 : 0);
  }

  /** An answer that could not be read: no credit. */
  public static Credit problem(AnswerProblem problem) {
    return new Credit(0, Optional.of(problem));
  }
}
