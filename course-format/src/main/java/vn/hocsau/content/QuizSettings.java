package vn.hocsau.content;

import java.util.OptionalInt;

/**
 * How a quiz is taken: the {@code settings:} block of a {@code quiz.yaml}, and what grading and the
 * attempt rules read. The names follow the file's fields, which is also how quizzes are stored as
 * JSON.
 *
 * @param attempts how many attempts a learner gets; empty for unlimited ({@code attempts:
 *     unlimited}, the file's default)
 * @param passMark the best score, in percent (0 to 100), a learner needs to pass; a percent rather
 *     than a fraction because that is how authors and learners say it ("70%")
 * @param shuffle whether questions and choice options appear in a different order per attempt
 * @param revealAnswers whether the right answers are shown once no attempt is left (never with
 *     unlimited attempts)
 */
public record QuizSettings(
    OptionalInt attempts, double passMark, boolean shuffle, boolean revealAnswers) {

  /** The pass mark when a quiz says nothing. */
  public static final double DEFAULT_PASS_MARK = 70;

  /** Requires at least one attempt when limited, and a pass mark from 0 to 100. */
  public QuizSettings {
    attempts = attempts == null ? OptionalInt.empty() : attempts;
    if (attempts.isPresent() && attempts.getAsInt() < 1) {
      throw new InvalidQuizException(
          "attempts allowed must be at least 1 (leave it out for unlimited), got "
              + attempts.getAsInt());
    }
    if (!(passMark >= 0 && passMark <= 100)) {
      throw new InvalidQuizException("the pass mark is a percent from 0 to 100, got " + passMark);
    }
  }

  /** Unlimited attempts, pass at 70%, no shuffling, answers never revealed. */
  public static QuizSettings defaults() {
    return new QuizSettings(OptionalInt.empty(), DEFAULT_PASS_MARK, false, false);
  }

  /** These settings with {@code count} attempts allowed ({@code null} for unlimited). */
  public QuizSettings withAttempts(Integer count) {
    OptionalInt allowed = count == null ? OptionalInt.empty() : OptionalInt.of(count);
    return new QuizSettings(allowed, passMark, shuffle, revealAnswers);
  }

  /** These settings with another pass mark. */
  public QuizSettings withPassMark(double percent) {
    return new QuizSettings(attempts, percent, shuffle, revealAnswers);
  }

  /** These settings with shuffling on or off. */
  public QuizSettings withShuffle(boolean on) {
    return new QuizSettings(attempts, passMark, on, revealAnswers);
  }

  /** These settings revealing answers after the last attempt, or not. */
  public QuizSettings withRevealAnswers(boolean reveal) {
    return new QuizSettings(attempts, passMark, shuffle, reveal);
  }
}
