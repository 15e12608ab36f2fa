package vn.hocsau.quiz;

/**
 * A learner's quiz attempt was graded and recorded. Fired inside the transaction; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to see only what was committed.
 */
public record QuizAttemptRecorded(long userId, long courseId, String moduleSlug) {}
