package vn.hocsau.submission;

/**
 * A training job a learner is about to start, as {@link ComputeBudget} judges it.
 *
 * @param userId the learner
 * @param courseId the course of the lab
 * @param jobId the queued job, not yet committed
 * @param resource the slot kind the job needs, {@code cpu} or {@code gpu}
 * @param wallSeconds the lab's wall-time limit: the longest the job may hold its slot
 */
public record ComputeRequest(
    long userId, long courseId, long jobId, String resource, int wallSeconds) {}
