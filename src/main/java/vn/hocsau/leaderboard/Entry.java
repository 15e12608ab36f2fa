package vn.hocsau.leaderboard;

import java.time.Instant;

/**
 * One lab submission as the ranking rules see it.
 *
 * @param status PENDING, SCORED, INVALID or FAILED (as in {@code lab_submission.status})
 * @param publicScore set exactly when SCORED
 * @param privateScore set exactly when SCORED; never shown before the reveal
 * @param disqualifiedReason why a moderator disqualified it, or {@code null} when it counts
 */
public record Entry(
    long id,
    long userId,
    String status,
    Double publicScore,
    Double privateScore,
    Instant createdAt,
    boolean selectedFinal,
    String disqualifiedReason) {

  /** The status of a submission that has both scores. */
  public static final String SCORED = "SCORED";

  /** A submission nobody disqualified. */
  public Entry(
      long id,
      long userId,
      String status,
      Double publicScore,
      Double privateScore,
      Instant createdAt,
      boolean selectedFinal) {
    this(id, userId, status, publicScore, privateScore, createdAt, selectedFinal, null);
  }

  /**
   * Whether it has scores and may rank: failed, invalid, pending and disqualified submissions never
   * do (a disqualified final selection therefore does not count either).
   */
  public boolean scored() {
    return SCORED.equals(status) && publicScore != null && privateScore != null && !disqualified();
  }

  /** Whether a moderator disqualified it. */
  public boolean disqualified() {
    return disqualifiedReason != null;
  }

  /** Whether it was made by the deadline ({@code null}: no deadline). */
  public boolean inTime(Instant deadline) {
    return deadline == null || !createdAt.isAfter(deadline);
  }
}
