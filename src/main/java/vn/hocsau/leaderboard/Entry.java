package vn.hocsau.leaderboard;

import java.time.Instant;

/**
 * One lab submission as the ranking rules see it.
 *
 * @param status PENDING, SCORED, INVALID or FAILED (as in {@code lab_submission.status})
 * @param publicScore set exactly when SCORED
 * @param privateScore set exactly when SCORED; never shown before the reveal
 */
public record Entry(
    long id,
    long userId,
    String status,
    Double publicScore,
    Double privateScore,
    Instant createdAt,
    boolean selectedFinal) {

  /** The status of a submission that has both scores. */
  public static final String SCORED = "SCORED";

  /** Whether it has scores and may rank: failed, invalid and pending submissions never do. */
  public boolean scored() {
    return SCORED.equals(status) && publicScore != null && privateScore != null;
  }

  /** Whether it was made by the deadline ({@code null}: no deadline). */
  public boolean inTime(Instant deadline) {
    return deadline == null || !createdAt.isAfter(deadline);
  }
}
