package vn.hocsau.submission;

/**
 * Fired inside the transaction in which a job reached a final state: SUCCEEDED, FAILED or
 * CANCELLED. Features that enqueue jobs (labs score the uploaded predictions, for example) observe
 * it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so they only ever see
 * committed results, and read the job's outputs through {@link JobOutputs}.
 *
 * <p>A job ends once: a repeated finish call fires nothing.
 *
 * @param jobId the job
 * @param ownerId the learner who owns it
 * @param kind the job's kind, e.g. {@code train}
 * @param state the final state
 * @param errorClass how it ended; {@link ErrorClass#OK} only for SUCCEEDED
 * @param charged whether the learner pays for it ({@link ComputeCharge#counts()}): the feature that
 *     submitted it then counts it against the learner's daily allowance, by the same rule
 */
public record JobEnded(
    Long jobId, Long ownerId, String kind, JobState state, ErrorClass errorClass, boolean charged) {

  static JobEnded of(Job job, ComputeCharge charge) {
    return new JobEnded(job.id, job.ownerId, job.kind, job.state, job.errorClass, charge.counts());
  }
}
