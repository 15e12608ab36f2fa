package vn.hocsau.job;

/**
 * Fired in the transaction that stored new events of a job. Live pages observe it {@code
 * AFTER_SUCCESS}, so they read the events only once they are committed.
 *
 * @param jobId the job
 */
public record JobProgressed(Long jobId) {}
