package vn.hocsau.grading;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * A score as people read it: five decimals, as Kaggle shows them, the same on the lab page, the
 * submission history and the leaderboard. The API and CSV exports keep the full double. In
 * templates: {@code {s.publicScore.shown}}.
 */
@TemplateExtension
public final class ScoreText {

  private ScoreText() {}

  /** {@code 0.8234} as {@code 0.82340}; a missing score stays null for the template to handle. */
  public static String shown(Double score) {
    return score == null ? null : format(score);
  }

  public static String format(double score) {
    return String.format(Locale.ROOT, "%.5f", score);
  }
}
