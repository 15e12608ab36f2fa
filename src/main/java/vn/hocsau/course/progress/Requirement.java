package vn.hocsau.course.progress;

import java.time.Instant;
import vn.hocsau.content.BilingualText;
import vn.hocsau.system.i18n.Language;

/**
 * One assessment a course's completion rule requires of a learner, and where the learner stands.
 *
 * @param slug the module slug (quiz) or lab slug
 * @param minScore the percent to reach (quiz), or the lab's pass mark in its metric
 * @param achieved the best percent (quiz) or best passing score (lab), null when none
 * @param achievedAt when the best quiz attempt was made, or the lab pass recorded; null when none
 * @param metric the lab's metric, null for quizzes
 * @param met whether the requirement is met
 */
public record Requirement(
    Kind kind,
    String slug,
    String titleVi,
    String titleEn,
    double minScore,
    Double achieved,
    Instant achievedAt,
    String metric,
    boolean met) {

  /** What is required. */
  public enum Kind {
    QUIZ,
    LAB
  }

  /** The minimum score as printed: no trailing zeros ({@code 60}, {@code 0.85}). */
  public String minText() {
    return java.math.BigDecimal.valueOf(minScore).stripTrailingZeros().toPlainString();
  }

  /** Whether this is a quiz (for templates). */
  public boolean quiz() {
    return kind == Kind.QUIZ;
  }

  /** The title in Vietnamese ({@code vi}) or English, falling back to the other, then the slug. */
  public String title(String language) {
    BilingualText title = BilingualText.of(titleVi, titleEn);
    return title.isEmpty() ? slug : title.in("vi".equals(language) ? Language.VI : Language.EN);
  }
}
