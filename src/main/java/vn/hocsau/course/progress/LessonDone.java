package vn.hocsau.course.progress;

/**
 * A learner marked a lesson of a course done. Fired inside the transaction; observe it with {@code
 * during = TransactionPhase.AFTER_SUCCESS} to see only what was committed.
 */
public record LessonDone(long userId, long courseId) {}
