package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's state in a course in one round trip: the open enrolment, the lessons done and the
 * last lesson opened. Every signed-in lesson and course page reads it; as three queries it was a
 * third of a signed-in lesson view's time (bench/web's profile).
 */
@ApplicationScoped
class LearnerStateQuery {

  private static final String SQL =
      "SELECT EXISTS (SELECT 1 FROM enrolment e WHERE e.user_id = :u AND e.course_id = :c"
          + "   AND e.unenrolled_at IS NULL),"
          + " ARRAY (SELECT p.lesson_id FROM lesson_progress p"
          + "   WHERE p.user_id = :u AND p.lesson_id IN (:lessons)),"
          + " (SELECT v.lesson_id FROM course_visit v WHERE v.user_id = :u AND v.course_id = :c)";

  /** The state, counting as done only the lessons in {@code lessonIds} (this table's rows only). */
  LearnerState of(Long userId, Long courseId, List<Long> lessonIds) {
    Object[] row =
        (Object[])
            Panache.getEntityManager()
                .createNativeQuery(SQL)
                .setParameter("u", userId)
                .setParameter("c", courseId)
                // No lesson id is negative: an empty course asks for none.
                .setParameter("lessons", lessonIds.isEmpty() ? List.of(-1L) : lessonIds)
                .getSingleResult();
    Set<Long> done = new HashSet<>();
    for (Object id : ids(row[1])) {
      done.add(((Number) id).longValue());
    }
    Optional<Long> last = Optional.ofNullable((Number) row[2]).map(Number::longValue);
    return new LearnerState(Boolean.TRUE.equals(row[0]), done, last);
  }

  private static Object[] ids(Object array) {
    if (array instanceof Object[] values) {
      return values;
    }
    if (array instanceof long[] values) {
      return java.util.Arrays.stream(values).boxed().toArray();
    }
    if (array instanceof java.sql.Array sql) {
      try {
        return (Object[]) sql.getArray();
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Object[0];
  }
}
