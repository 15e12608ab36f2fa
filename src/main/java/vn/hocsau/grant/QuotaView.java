package vn.hocsau.grant;

import java.time.Instant;

/**
 * A learner's compute quota for one week, in GPU seconds.
 *
 * @param baseSeconds the weekly quota of the course (or the general one)
 * @param grantedSeconds what approved grants add this week
 * @param starterSeconds what an open application adds
 * @param usedSeconds what the learner's jobs of this week use: the estimate of a running job, the
 *     charge of an ended one
 * @param weekStart when the week began
 * @param resetsAt when the next week begins
 */
public record QuotaView(
    long baseSeconds,
    long grantedSeconds,
    long starterSeconds,
    double usedSeconds,
    Instant weekStart,
    Instant resetsAt) {

  /** The most the learner may use this week. */
  public long limitSeconds() {
    return baseSeconds + grantedSeconds + starterSeconds;
  }

  /** What is left this week, never below 0. */
  public double leftSeconds() {
    return Math.max(0, limitSeconds() - usedSeconds);
  }
}
