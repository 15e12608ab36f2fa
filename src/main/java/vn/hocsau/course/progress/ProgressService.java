package vn.hocsau.course.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.hocsau.course.Lesson;

/**
 * Enrolment, lessons done and the last lesson visited. Enrolling is free and instant; unenrolling
 * closes the enrolment but keeps it, and keeps the lessons done.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

  @Inject EnrolmentRepository enrolments;
  @Inject LessonProgressRepository progress;
  @Inject CourseVisitRepository visits;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<LessonDone> lessonDone;

  /** Enrols the learner; nothing happens when already enrolled. */
  public void enrol(Long userId, Long courseId) {
    enrolments.enrolOnce(userId, courseId, clock.instant());
  }

  /** Closes the learner's open enrolment, if any. */
  public void unenrol(Long userId, Long courseId) {
    enrolments.findActive(userId, courseId).ifPresent(e -> e.unenrolledAt = clock.instant());
  }

  /** Marks a lesson as done (once), and enrols the learner in its course if needed. */
  public void markDone(Long userId, Lesson lesson) {
    enrol(userId, lesson.courseId);
    progress.markDoneOnce(userId, lesson.id, clock.instant());
    lessonDone.fire(new LessonDone(userId, lesson.courseId));
  }

  /** Remembers that the learner opened {@code lesson}, for resuming later. */
  public void recordVisit(Long userId, Lesson lesson) {
    visits.record(userId, lesson.courseId, lesson.id, clock.instant());
  }

  /** Where the learner stands in a course with these lessons. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LearnerState stateOf(Optional<Long> userId, Long courseId, List<Long> lessonIds) {
    if (userId.isEmpty()) {
      return LearnerState.none();
    }
    Long user = userId.get();
    return new LearnerState(
        enrolments.findActive(user, courseId).isPresent(),
        progress.doneAmong(user, lessonIds),
        visits.find(user, courseId).map(v -> v.lessonId));
  }

  /** The courses the learner is enrolled in now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> activeCourseIds(Long userId) {
    return enrolments.activeCourseIds(userId);
  }

  /** Every enrolment of the learner in the course, oldest first, open or closed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Enrolment> history(Long userId, Long courseId) {
    return enrolments.history(userId, courseId);
  }
}
