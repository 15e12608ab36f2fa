package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on {@link Enrolment}. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

  /** The open enrolment of a learner in a course. */
  public Optional<Enrolment> findActive(Long userId, Long courseId) {
    return find("userId = ?1 and courseId = ?2 and unenrolledAt is null", userId, courseId)
        .firstResultOptional();
  }

  /**
   * Opens an enrolment unless one is open; safe against a double click, since the partial unique
   * index settles the race instead of failing the second request.
   */
  public void enrolOnce(Long userId, Long courseId, Instant at) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO enrolment (user_id, course_id, enrolled_at) VALUES (:u, :c, :at)"
                + " ON CONFLICT (user_id, course_id) WHERE unenrolled_at IS NULL DO NOTHING")
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .setParameter("at", at)
        .executeUpdate();
  }

  /** Every enrolment of a learner in a course, oldest first. */
  public List<Enrolment> history(Long userId, Long courseId) {
    return list("userId = ?1 and courseId = ?2", Sort.by("enrolledAt", "id"), userId, courseId);
  }

  /** The courses a learner is enrolled in now, oldest enrolment first. */
  public List<Long> activeCourseIds(Long userId) {
    return find("userId = ?1 and unenrolledAt is null", Sort.by("enrolledAt", "id"), userId)
        .stream()
        .map(e -> e.courseId)
        .toList();
  }
}
