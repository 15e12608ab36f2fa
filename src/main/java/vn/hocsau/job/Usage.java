package vn.hocsau.job;

/**
 * What a job's sandbox used, as the runner reports it with the verdict. Every field is optional; a
 * present one must be a finite number of seconds, at least 0.
 *
 * @param wallSeconds how long the sandbox ran
 * @param cpuSeconds CPU time of all its processes
 * @param gpuSeconds time it held a GPU
 */
public record Usage(Double wallSeconds, Double cpuSeconds, Double gpuSeconds) {

  /**
   * This usage with each value cut to {@code maxSeconds}: a runner with a broken clock must not
   * charge a learner for a year. Null when no usage was reported.
   *
   * @throws RunnerApiException a value is negative, NaN or infinite
   */
  Usage checked(double maxSeconds) {
    return new Usage(
        check(wallSeconds, maxSeconds),
        check(cpuSeconds, maxSeconds),
        check(gpuSeconds, maxSeconds));
  }

  private static Double check(Double seconds, double max) {
    if (seconds == null) {
      return null;
    }
    if (!Double.isFinite(seconds) || seconds < 0) {
      throw new RunnerApiException(RunnerProblem.INVALID_VERDICT, m -> m.err_runner_usage());
    }
    return Math.min(seconds, max);
  }
}
