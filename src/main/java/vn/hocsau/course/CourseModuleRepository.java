package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries on {@link CourseModule}. */
@ApplicationScoped
public class CourseModuleRepository implements PanacheRepository<CourseModule> {

  /** Every module of a course, active or not. */
  public List<CourseModule> ofCourse(Long courseId) {
    return list("courseId", Sort.by("position"), courseId);
  }

  /** The active modules of a course, in order. */
  public List<CourseModule> activeOfCourse(Long courseId) {
    return list("courseId = ?1 and active = true", Sort.by("position"), courseId);
  }
}
