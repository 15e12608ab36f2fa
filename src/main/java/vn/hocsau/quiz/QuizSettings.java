package vn.hocsau.quiz;

import java.util.OptionalInt;

/**
 * How a quiz is taken.
 *
 * @param attemptsAllowed how many attempts a learner gets; empty for unlimited
 * @param passMarkPercent the best score, in percent (0 to 100), a learner needs to pass; a percent
 *     rather than a fraction because that is how authors and learners say it ("70%")
 * @param shuffle whether questions and choice options appear in a different order per attempt
 * @param revealAnswersAfterLastAttempt whether the right answers are shown once no attempt is left
 *     (never with unlimited attempts)
 */
public record QuizSettings(
    OptionalInt attemptsAllowed,
    double passMarkPercent,
    boolean shuffle,
    boolean revealAnswersAfterLastAttempt) {

  /** The pass mark when a quiz says nothing. */
  public static final double DEFAULT_PASS_MARK_PERCENT = 70;

  /** Requires at least one attempt when limited, and a pass mark from 0 to 100. */
  public QuizSettings {
    attemptsAllowed = attemptsAllowed == null ? OptionalInt.empty() : attemptsAllowed;
    if (attemptsAllowed.isPresent() && attemptsAllowed.getAsInt() < 1) {
      throw new InvalidQuizException(
          "attempts allowed must be at least 1 (leave it out for unlimited), got "
              + attemptsAllowed.getAsInt());
    }
    if (!(passMarkPercent >= 0 && passMarkPercent <= 100)) {
      throw new InvalidQuizException(
          "the pass mark is a percent from 0 to 100, got " + passMarkPercent);
    }
  }

  /** Unlimited attempts, pass at 70%, no shuffling, answers never revealed. */
  public static QuizSettings defaults() {
    return new QuizSettings(OptionalInt.empty(), DEFAULT_PASS_MARK_PERCENT, false, false);
  }

  /** These settings with {@code attempts} allowed ({@code null} for unlimited). */
  public QuizSettings withAttemptsAllowed(Integer attempts) {
    OptionalInt allowed = attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts);
    return new QuizSettings(allowed, passMarkPercent, shuffle, revealAnswersAfterLastAttempt);
  }

  /** These settings with another pass mark. */
  public QuizSettings withPassMarkPercent(double percent) {
    return new QuizSettings(attemptsAllowed, percent, shuffle, revealAnswersAfterLastAttempt);
  }

  /** These settings with shuffling on or off. */
  public QuizSettings withShuffle(boolean on) {
    return new QuizSettings(attemptsAllowed, passMarkPercent, on, revealAnswersAfterLastAttempt);
  }

  /** These settings revealing answers after the last attempt, or not. */
  public QuizSettings withRevealAnswersAfterLastAttempt(boolean reveal) {
    return new QuizSettings(attemptsAllowed, passMarkPercent, shuffle, reveal);
  }
}
