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
  @Inject LearnerStateQuery states;
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

  /** Where the learner stands in a course with these lessons. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LearnerState stateOf(Optional<Long> userId, Long courseId, List<Long> lessonIds) {
    if (userId.isEmpty()) {
      return LearnerState.none();
    }
    return states.of(userId.get(), courseId, lessonIds);
  }

  /**
   * Where the learner stands in a course, having just opened one of its lessons: the visit is
   * remembered for resuming later, with a write only when it is not the lesson already remembered
   * (a reader who reloads a page, or comes back to it, costs no committed write).
   */
  public LearnerState openLesson(Long userId, Long courseId, Long lessonId, List<Long> lessonIds) {
    LearnerState state = states.of(userId, courseId, lessonIds);
    if (state.lastLessonId().filter(lessonId::equals).isPresent()) {
      return state;
    }
    visits.record(userId, courseId, lessonId, clock.instant());
    return new LearnerState(state.enrolled(), state.done(), Optional.of(lessonId));
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
