package vn.hocsau.submission;

/**
 * Fired, in the transaction that settles it, when a training submission failed through the
 * platform's fault after its job had ended (scoring threw even on the sweep's retry). The
 * submission is then not counted against the daily allowance, and the job's compute charge is owed
 * back: the {@code grant} feature observes this to refund it.
 *
 * @param jobId the job whose charge is refunded
 * @param userId the learner
 */
public record LabJobFaulted(Long jobId, Long userId) {}
