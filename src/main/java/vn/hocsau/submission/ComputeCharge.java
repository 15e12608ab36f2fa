package vn.hocsau.submission;

import java.time.Duration;

/**
 * How much compute time a finished job costs its learner. The rule (see README, "Charging"):
 *
 * <ul>
 *   <li>Nothing for a submission refused before training ({@code CONFIG_ERROR}, {@code
 *       COMPILE_ERROR}) within {@link #FREE_REFUSAL} of slot time, for a job the platform lost
 *       ({@code RUNNER_LOST}), and for a job cancelled before any runner took it. The grace exists
 *       because the error class comes from the trainer's exit status, and learner Java code runs in
 *       the trainer's JVM: it could train for an hour and then {@code System.exit(2)}. A real
 *       refusal comes within seconds, so past the grace the whole slot time is charged.
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

  /** The most slot time a refused submission may take and still be free. */
  static final Duration FREE_REFUSAL = Duration.ofSeconds(60);

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
    if (!started || outcome == ErrorClass.RUNNER_LOST) {
      return 0;
    }
    Double reported =
        usage == null ? null : "gpu".equals(resource) ? usage.gpuSeconds() : usage.wallSeconds();
    double seconds = reported != null ? reported : Math.max(0, measured.toMillis() / 1000.0);
    if (isRefusal(outcome) && seconds <= FREE_REFUSAL.toSeconds()) {
      return 0;
    }
    return seconds * SLOTS_PER_JOB;
  }

  private static boolean isRefusal(ErrorClass outcome) {
    return outcome == ErrorClass.CONFIG_ERROR || outcome == ErrorClass.COMPILE_ERROR;
  }
}
