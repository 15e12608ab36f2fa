package vn.hocsau.job;

/**
 * Fired inside a transaction that may have made a job claimable: an enqueue, a requeue, or a
 * running job that ended and so freed a place under its learner's cap.
 */
public record JobsAvailable() {}
