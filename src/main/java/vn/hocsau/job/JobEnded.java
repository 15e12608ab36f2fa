package vn.hocsau.job;

/**
 * Fired inside the transaction in which a job reached a final state: SUCCEEDED, FAILED or
 * CANCELLED. Features that enqueue jobs (labs score the uploaded predictions, for example) observe
 * it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so they only ever see
 * committed results, and read the job's outputs through {@link JobOutputs}.
 *
 * <p>A job ends once: a repeated finish call fires nothing. Observers still check {@code attempt}
 * against the job as stored, because an event can arrive late (another replica, a retried
 * transaction) or be built again by a sweep: one naming an attempt other than the job's last is
 * stale and must change nothing.
 *
 * @param jobId the job
 * @param ownerId the learner who owns it
 * @param kind the job's kind, e.g. {@code train}
 * @param state the final state
 * @param errorClass how it ended; {@link ErrorClass#OK} only for SUCCEEDED
 * @param attempt the attempt that ended the job, as in {@code job.attempt}; its outputs are the
 *     ones to read
 * @param charged whether the learner pays for it ({@link ComputeCharge#counts()}): the feature that
 *     submitted it then counts it against the learner's daily allowance, by the same rule
 */
public record JobEnded(
    Long jobId,
    Long ownerId,
    String kind,
    JobState state,
    ErrorClass errorClass,
    int attempt,
    boolean charged) {

  static JobEnded of(Job job, ComputeCharge charge) {
    return new JobEnded(
        job.id, job.ownerId, job.kind, job.state, job.errorClass, job.attempt, charge.counts());
  }
}
