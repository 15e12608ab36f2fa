package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Queries on {@link LessonProgress}. */
@ApplicationScoped
public class LessonProgressRepository implements PanacheRepository<LessonProgress> {

  /** Records the lesson as done unless it already is; concurrent calls record it once. */
  public void markDoneOnce(Long userId, Long lessonId, Instant at) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO lesson_progress (user_id, lesson_id, done_at) VALUES (:u, :l, :at)"
                + " ON CONFLICT (user_id, lesson_id) DO NOTHING")
        .setParameter("u", userId)
        .setParameter("l", lessonId)
        .setParameter("at", at)
        .executeUpdate();
  }

  /** Whether the learner marked this lesson as done. */
  public boolean isDone(Long userId, Long lessonId) {
    return count("userId = ?1 and lessonId = ?2", userId, lessonId) > 0;
  }
}
