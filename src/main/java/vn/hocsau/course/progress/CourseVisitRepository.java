package vn.hocsau.course.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries on {@link CourseVisit}. */
@ApplicationScoped
public class CourseVisitRepository implements PanacheRepository<CourseVisit> {

  /** The learner's last visit in a course. */
  public Optional<CourseVisit> find(Long userId, Long courseId) {
    return find("userId = ?1 and courseId = ?2", userId, courseId).firstResultOptional();
  }
}
