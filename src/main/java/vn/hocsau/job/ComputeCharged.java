package vn.hocsau.job;

/**
 * Fired in the transaction that charged a job's compute time (once per job; a repeated finish fires
 * nothing). This is the seam for GPU-hour grants: the {@code grant} feature observes it to draw
 * down a learner's weekly quota.
 *
 * @param jobId the job
 * @param ownerId the learner charged
 * @param resource {@code cpu} or {@code gpu}
 * @param seconds the seconds charged, above 0
 */
public record ComputeCharged(Long jobId, Long ownerId, String resource, double seconds) {}
