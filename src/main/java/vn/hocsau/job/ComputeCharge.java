package vn.hocsau.job;

import java.time.Duration;

/**
 * What a finished job costs its learner: the one rule for both the compute time charged and the
 * daily submission allowance, so the two can never disagree (see README, "Charging").
 *
 * <ul>
 *   <li>Waived: a submission refused before training ({@code CONFIG_ERROR}, {@code COMPILE_ERROR})
 *       within {@link #FREE_REFUSAL} of slot time, a job the platform lost ({@code RUNNER_LOST}),
 *       and a job cancelled before any runner took it. The grace exists because the error class
 *       comes from the trainer's exit status, and learner Java code runs in the trainer's JVM: it
 *       could train for an hour and then {@code System.exit(2)}. A real refusal comes within
 *       seconds, so past the grace the job is charged like any other.
 *   <li>Otherwise charged the slot time: a job holds one slot, so that is the sandbox's wall
 *       seconds for a CPU job and its GPU seconds for a GPU job, as the runner reported them.
 *   <li>A runner that reports no usage (older runners) is charged the time the platform measured
 *       between the claim and the verdict, so an old runner never gives compute away.
 * </ul>
 *
 * Limits, timeouts, runtime errors, invalid predictions and cancelling a running job are charged:
 * the slot was used. A charged job also counts against the learner's daily allowance, whatever its
 * seconds. GPU-hour grants later draw on {@link #seconds} through {@link ComputeCharged}.
 *
 * @param seconds the compute seconds to charge, 0 when waived
 * @param waived whether the learner pays nothing and the job does not count against the daily
 *     allowance
 */
public record ComputeCharge(double seconds, boolean waived) {

  /** The most slot time a refused submission may take and still be free. */
  static final Duration FREE_REFUSAL = Duration.ofSeconds(60);

  /** Slots one job holds; the multiplier of the rule, one for every job today. */
  static final int SLOTS_PER_JOB = 1;

  private static final ComputeCharge WAIVED = new ComputeCharge(0, true);

  /**
   * The charge for a job that ended.
   *
   * @param outcome how the job ended
   * @param resource {@code cpu} or {@code gpu}
   * @param started whether a runner had claimed the job when it ended
   * @param usage what the runner reported, or null
   * @param measured the platform's own measure of the attempt, from claim to verdict
   */
  public static ComputeCharge of(
      ErrorClass outcome, String resource, boolean started, Usage usage, Duration measured) {
    if (!started || outcome == ErrorClass.RUNNER_LOST) {
      return WAIVED;
    }
    Double reported =
        usage == null ? null : "gpu".equals(resource) ? usage.gpuSeconds() : usage.wallSeconds();
    double seconds = reported != null ? reported : Math.max(0, measured.toMillis() / 1000.0);
    if (isRefusal(outcome) && seconds <= FREE_REFUSAL.toSeconds()) {
      return WAIVED;
    }
    return new ComputeCharge(seconds * SLOTS_PER_JOB, false);
  }

  /**
   * The charge for a job the reaper ended because its runner stopped reporting: the platform lost
   * it, so it is waived like {@code RUNNER_LOST}.
   */
  static ComputeCharge lostByPlatform() {
    return WAIVED;
  }

  /** Whether the job counts against the learner's daily allowance. */
  public boolean counts() {
    return !waived;
  }

  private static boolean isRefusal(ErrorClass outcome) {
    return outcome == ErrorClass.CONFIG_ERROR || outcome == ErrorClass.COMPILE_ERROR;
  }
}
