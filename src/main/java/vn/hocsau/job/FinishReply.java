package vn.hocsau.job;

/**
 * Where a job stands after a finish call. A repeated call gets the same answer: the first verdict
 * of an attempt is the one that counts.
 *
 * @param state SUCCEEDED, FAILED or CANCELLED; QUEUED when the job was handed back
 * @param errorClass the outcome recorded, or null when the job was handed back
 */
public record FinishReply(Long jobId, int attempt, JobState state, ErrorClass errorClass) {

  static FinishReply of(Job job) {
    return new FinishReply(job.id, job.attempt, job.state, job.errorClass);
  }
}
