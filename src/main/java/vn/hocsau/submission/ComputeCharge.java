package vn.hocsau.submission;

import java.time.Duration;

/**
 * How much compute time a finished job costs its learner. The rule (see README, "Charging"):
 *
 * <ul>
 *   <li>Nothing for a submission the runner refused before training ({@code CONFIG_ERROR}, {@code
 *       COMPILE_ERROR}), for a job the platform lost ({@code RUNNER_LOST}), and for a job cancelled
 *       before any runner took it.
 *   <li>Otherwise the slot time: a job holds one slot, so that is the sandbox's wall seconds for a
 *       CPU job and its GPU seconds for a GPU job, as the runner reported them.
 *   <li>A runner that reports no usage (older runners) is charged the time the platform measured
 *       between the claim and the verdict, so an old runner never gives compute away.
 * </ul>
 *
 * Limits, timeouts, runtime errors, invalid predictions and cancelling a running job are charged:
 * the slot was used. GPU-hour grants later draw on this figure through {@link ComputeCharged}.
 */
public final class ComputeCharge {

  /** Slots one job holds; the multiplier of the rule, one for every job today. */
  static final int SLOTS_PER_JOB = 1;

  private ComputeCharge() {}

  /**
   * Seconds to charge.
   *
   * @param outcome how the job ended
   * @param resource {@code cpu} or {@code gpu}
   * @param started whether a runner had claimed the job when it ended
   * @param usage what the runner reported, or null
   * @param measured the platform's own measure of the attempt, from claim to verdict
   */
  public static double seconds(
      ErrorClass outcome, String resource, boolean started, Usage usage, Duration measured) {
    if (!started || !isCharged(outcome)) {
      return 0;
    }
    Double reported =
        usage == null ? null : "gpu".equals(resource) ? usage.gpuSeconds() : usage.wallSeconds();
    double seconds = reported != null ? reported : Math.max(0, measured.toMillis() / 1000.0);
    return seconds * SLOTS_PER_JOB;
  }

  /** Whether a run that ended this way is charged at all. */
  public static boolean isCharged(ErrorClass outcome) {
    return switch (outcome) {
      case CONFIG_ERROR, COMPILE_ERROR, RUNNER_LOST -> false;
      default -> true;
    };
  }
}
