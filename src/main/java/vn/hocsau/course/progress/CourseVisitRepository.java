package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Queries on {@link CourseVisit}. */
@ApplicationScoped
public class CourseVisitRepository implements PanacheRepository<CourseVisit> {

  /** Records {@code lessonId} as the learner's last lesson in the course (an upsert). */
  public void record(Long userId, Long courseId, Long lessonId, Instant at) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO course_visit (user_id, course_id, lesson_id, visited_at)"
                + " VALUES (:u, :c, :l, :at) ON CONFLICT (user_id, course_id)"
                + " DO UPDATE SET lesson_id = EXCLUDED.lesson_id, visited_at = EXCLUDED.visited_at")
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .setParameter("l", lessonId)
        .setParameter("at", at)
        .executeUpdate();
  }
}
