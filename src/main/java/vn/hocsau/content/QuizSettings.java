package vn.hocsau.content;

import java.util.OptionalInt;

/**
 * The {@code settings:} block of a quiz.
 *
 * @param attempts how many attempts a learner has; empty means unlimited ({@code attempts:
 *     unlimited}, the default)
 * @param passMark percent of the points needed to pass, 0 to 100
 * @param shuffle whether questions and options appear in a random order (default false)
 * @param revealAnswers whether the correct answers are shown after the learner's last attempt
 *     (default true)
 */
public record QuizSettings(
    OptionalInt attempts, int passMark, boolean shuffle, boolean revealAnswers) {}
