package vn.hocsau.quiz.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Classical item analysis of one question over a set of attempts.
 *
 * <ul>
 *   <li><b>Facility</b>: the mean share of the question's points earned; for a right-or-wrong
 *       question, the share of attempts that got it right.
 *   <li><b>Discrimination</b>: the point-biserial correlation between the question's score and the
 *       attempt's total score (Pearson's r, which for a 0/1 item is the point-biserial). Undefined
 *       when either does not vary, since then nothing can be told apart.
 * </ul>
 *
 * A question is flagged when its facility is below {@value #TOO_HARD} or above {@value #TOO_EASY},
 * or its discrimination is below {@value #LOW_DISCRIMINATION}, and only once it has {@value
 * #MIN_ATTEMPTS_TO_FLAG} first attempts: with fewer, one learner's answer swings both figures
 * enough to flag a good question.
 */
public record ItemStatistics(int attempts, double facility, OptionalDouble discrimination) {

  /** Below this facility, almost nobody gets the question right. */
  public static final double TOO_HARD = 0.2;

  /** Above this facility, the question tells learners apart hardly at all. */
  public static final double TOO_EASY = 0.95;

  /** Below this correlation, doing well on the quiz does not go with doing well here. */
  public static final double LOW_DISCRIMINATION = 0.2;

  /** Below this many attempts the figures are shown but nothing is flagged. */
  public static final int MIN_ATTEMPTS_TO_FLAG = 10;

  /** What is wrong with a question, if anything. */
  public enum Flag {
    TOO_HARD,
    TOO_EASY,
    LOW_DISCRIMINATION
  }

  /**
   * The statistics of one question.
   *
   * @param item the question's score in each attempt, as a share of its points (0 to 1)
   * @param total the same attempts' total scores, in the same order (any scale)
   */
  public static ItemStatistics of(List<Double> item, List<Double> total) {
    if (item.size() != total.size()) {
      throw new IllegalArgumentException("item and total scores differ in length");
    }
    int n = item.size();
    if (n == 0) {
      return new ItemStatistics(0, 0, OptionalDouble.empty());
    }
    double meanItem = mean(item);
    double meanTotal = mean(total);
    double cov = 0;
    double varItem = 0;
    double varTotal = 0;
    for (int i = 0; i < n; i++) {
      double dx = item.get(i) - meanItem;
      double dy = total.get(i) - meanTotal;
      cov += dx * dy;
      varItem += dx * dx;
      varTotal += dy * dy;
    }
    OptionalDouble r =
        varItem < 1e-12 || varTotal < 1e-12
            ? OptionalDouble.empty()
            : OptionalDouble.of(cov / Math.sqrt(varItem * varTotal));
    return new ItemStatistics(n, meanItem, r);
  }

  /** The flags that apply; none before {@value #MIN_ATTEMPTS_TO_FLAG} attempts. */
  public List<Flag> flags() {
    if (attempts < MIN_ATTEMPTS_TO_FLAG) {
      return List.of();
    }
    List<Flag> flags = new ArrayList<>();
    if (facility < TOO_HARD) {
      flags.add(Flag.TOO_HARD);
    }
    if (facility > TOO_EASY) {
      flags.add(Flag.TOO_EASY);
    }
    if (discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION) {
      flags.add(Flag.LOW_DISCRIMINATION);
    }
    return List.copyOf(flags);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
