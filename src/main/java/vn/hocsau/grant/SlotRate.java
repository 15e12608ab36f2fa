package vn.hocsau.grant;

/**
 * What one second of a slot costs in GPU seconds: 1 for a GPU slot, {@link GrantsConfig#cpuRate()}
 * for a CPU slot. It only converts the seconds the job queue's charging rule ({@code
 * job.ComputeCharge}) charged; it decides nothing about whether a job is charged.
 */
record SlotRate(double cpuRate) {

  SlotRate {
    if (!(cpuRate >= 0) || Double.isInfinite(cpuRate)) {
      throw new IllegalArgumentException("hocsau.grants.cpu-rate must be a number >= 0");
    }
  }

  /** {@code seconds} of a {@code resource} slot, in GPU seconds. */
  double gpuSeconds(String resource, double seconds) {
    return "gpu".equals(resource) ? seconds : seconds * cpuRate;
  }
}
