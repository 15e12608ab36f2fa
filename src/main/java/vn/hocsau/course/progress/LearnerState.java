package vn.hocsau.course.progress;

import java.util.Optional;
import java.util.Set;

/**
 * Where one learner stands in one course.
 *
 * @param enrolled whether an enrolment is open
 * @param done the ids of the lessons marked as done
 * @param lastLessonId the lesson last opened, for "continue where you left off"
 */
public record LearnerState(boolean enrolled, Set<Long> done, Optional<Long> lastLessonId) {

  /** Copies the set. */
  public LearnerState {
    done = Set.copyOf(done);
  }

  /** A visitor who is not signed in, or has never touched the course. */
  public static LearnerState none() {
    return new LearnerState(false, Set.of(), Optional.empty());
  }
}
