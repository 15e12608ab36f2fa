package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

  /** Every enrolment of a learner in a course, oldest first. */
  public List<Enrolment> history(Long userId, Long courseId) {
    return list("userId = ?1 and courseId = ?2", Sort.by("enrolledAt", "id"), userId, courseId);
  }
}
