package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on {@link Lesson}. */
@ApplicationScoped
public class LessonRepository implements PanacheRepository<Lesson> {

  /** Every lesson of a course, active or not. */
  public List<Lesson> ofCourse(Long courseId) {
    return list("courseId", Sort.by("position"), courseId);
  }

  /** The active lessons of a course, in reading order. */
  public List<Lesson> activeOfCourse(Long courseId) {
    return list("courseId = ?1 and active = true", Sort.by("position"), courseId);
  }

  /** The active lesson with this slug in a course. */
  public Optional<Lesson> findActive(Long courseId, String slug) {
    return find("courseId = ?1 and slug = ?2 and active = true", courseId, slug)
        .firstResultOptional();
  }
}
