package vn.hocsau.leaderboard;

import java.util.List;

/**
 * A learner's own submissions to a lab, with their final selection.
 *
 * @param usingFallback whether no submission is selected, so the best public ones count
 * @param problem a refused change, translated, or {@code null}
 */
public record SubmissionHistory(
    String path,
    String labTitle,
    String courseTitle,
    BoardPhase phase,
    boolean hasLeaderboard,
    int maxFinals,
    int selected,
    boolean usingFallback,
    List<Line> lines,
    String problem) {

  /**
   * One submission.
   *
   * @param status PENDING, SCORED, INVALID or FAILED
   * @param privateScore formatted, or {@code null} before the reveal
   * @param counts whether it counts for the private board (selected, or in the fallback)
   * @param disqualifiedReason why a moderator disqualified it, or {@code null}
   */
  public record Line(
      long id,
      String createdAt,
      String status,
      String publicScore,
      String privateScore,
      boolean selected,
      boolean counts,
      boolean selectable,
      String disqualifiedReason) {

    /** Whether it was disqualified: it counts nowhere. */
    public boolean disqualified() {
      return disqualifiedReason != null;
    }
  }

  public boolean revealed() {
    return phase.revealed();
  }

  public boolean open() {
    return !phase.closed();
  }

  /** Returns this history with {@code message} shown as a refused change. */
  public SubmissionHistory withProblem(String message) {
    return new SubmissionHistory(
        path,
        labTitle,
        courseTitle,
        phase,
        hasLeaderboard,
        maxFinals,
        selected,
        usingFallback,
        lines,
        message);
  }
}
