package vn.hocsau.job;

/**
 * How a run ended, in words a learner can act on. The runner reports one of these as its verdict;
 * the platform itself sets {@link #RUNNER_LOST} and {@link #CANCELLED}.
 */
public enum ErrorClass {
  OK,
  COMPILE_ERROR,
  CONFIG_ERROR,
  TIME_LIMIT,
  MEMORY_LIMIT,
  OUTPUT_LIMIT,
  DISK_LIMIT,
  RUNTIME_ERROR,
  INVALID_OUTPUT,
  /**
   * The runner disappeared (its lease expired) or handed the job back while draining. Reported by a
   * runner, it requeues the job while attempts remain.
   */
  RUNNER_LOST,
  /** The learner cancelled the job. */
  CANCELLED;

  /** The state a job ends in when its run ends this way. */
  JobState finalState() {
    return switch (this) {
      case OK -> JobState.SUCCEEDED;
      case CANCELLED -> JobState.CANCELLED;
      default -> JobState.FAILED;
    };
  }
}
