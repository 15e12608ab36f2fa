package vn.hocsau.submission;

/**
 * A learner's pass of a lab may have been recorded (a submission reached the pass mark, or passes
 * were recomputed). Fired inside the transaction; observe it with {@code during =
 * TransactionPhase.AFTER_SUCCESS} to see only what was committed.
 */
public record LabPassRecorded(long userId, long courseId, String labSlug) {}
