package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL on {@code course_compute_quota}: a course's own weekly quota, when it has one. */
@ApplicationScoped
class CourseQuotas {

  @Inject EntityManager em;

  /** The course's weekly quota in GPU seconds, if it sets one. */
  Optional<Long> weeklySeconds(long courseId) {
    List<?> rows =
        em.createNativeQuery("SELECT weekly_seconds FROM course_compute_quota WHERE course_id = :c")
            .setParameter("c", courseId)
            .getResultList();
    return rows.stream().findFirst().map(n -> ((Number) n).longValue());
  }

  /** Sets the course's weekly quota. */
  void set(long courseId, long seconds, long actorId, Instant now) {
    em.createNativeQuery(
            """
            INSERT INTO course_compute_quota (course_id, weekly_seconds, updated_by, updated_at)
            VALUES (:c, :s, :a, :t)
            ON CONFLICT (course_id) DO UPDATE
               SET weekly_seconds = EXCLUDED.weekly_seconds, updated_by = EXCLUDED.updated_by,
                   updated_at = EXCLUDED.updated_at
            """)
        .setParameter("c", courseId)
        .setParameter("s", seconds)
        .setParameter("a", actorId)
        .setParameter("t", Timestamp.from(now))
        .executeUpdate();
  }

  /** Makes the course use the general quota again. */
  void clear(long courseId) {
    em.createNativeQuery("DELETE FROM course_compute_quota WHERE course_id = :c")
        .setParameter("c", courseId)
        .executeUpdate();
  }
}
