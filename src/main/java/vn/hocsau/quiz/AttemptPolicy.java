package vn.hocsau.quiz;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.hocsau.content.QuizSettings;

/**
 * The rules about attempts: whether another may start, which one counts (the best), and when the
 * right answers may be shown. "Used" attempts are the submitted ones; an attempt that is open but
 * not submitted still counts as used when deciding whether a new one may start, so callers should
 * resume it instead.
 *
 * @param settings the quiz's settings
 */
public record AttemptPolicy(QuizSettings settings) {

  /** Requires settings. */
  public AttemptPolicy {
    Objects.requireNonNull(settings, "settings");
  }

  /** The policy of {@code quiz}. */
  public static AttemptPolicy of(Quiz quiz) {
    return new AttemptPolicy(quiz.settings());
  }

  /** Whether a learner who has used {@code attemptsUsed} attempts may start another. */
  public boolean mayStartAnother(int attemptsUsed) {
    return settings.attempts().isEmpty() || attemptsUsed < settings.attempts().getAsInt();
  }

  /** Attempts left after {@code attemptsUsed}; empty when unlimited. */
  public OptionalInt attemptsLeft(int attemptsUsed) {
    OptionalInt allowed = settings.attempts();
    return allowed.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(Math.max(0, allowed.getAsInt() - attemptsUsed));
  }

  /**
   * Whether the right answers may be shown: only when the quiz says so and every allowed attempt
   * has been used. With unlimited attempts there is no last one, so never.
   */
  public boolean mayRevealAnswers(int attemptsUsed) {
    return settings.revealAnswers()
        && settings.attempts().isPresent()
        && !mayStartAnother(attemptsUsed);
  }

  /** Whether a best score of {@code percent} passes. */
  public boolean passes(double percent) {
    return percent + Grader.EPSILON >= settings.passMark();
  }

  /** The attempt that counts: the highest percent, the earliest of equals. */
  public static Optional<GradedAttempt> best(List<GradedAttempt> attemptsInOrder) {
    // max() keeps the last of equal elements, so compare in reverse and take min().
    return attemptsInOrder.stream()
        .min(Comparator.comparingDouble(GradedAttempt::percent).reversed());
  }

  /** The best of stored percentages, as persistence keeps them; empty before any attempt. */
  public static OptionalDouble bestPercent(Collection<Double> percents) {
    return percents.stream().mapToDouble(Double::doubleValue).max();
  }
}
