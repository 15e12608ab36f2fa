package vn.hocsau.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.hocsau.course.progress.EnrolmentRepository;

/**
 * Courses as other features read them: finders over the course, module, lesson and enrolment
 * tables, which {@code course} owns and alone writes. What it returns is read-only for callers.
 */
@ApplicationScoped
public class Courses {

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject EnrolmentRepository enrolments;

  /** The course with this id, published or not, or null. */
  public Course findById(Long id) {
    return courses.findById(id);
  }

  /** The course with this slug, published or not. */
  public Optional<Course> findBySlug(String slug) {
    return courses.findBySlug(slug);
  }

  /** The published course with this slug. */
  public Optional<Course> findPublished(String slug) {
    return courses.findPublished(slug);
  }

  /** Every published course, by slug. */
  public List<Course> published() {
    return courses.list("published = true order by slug");
  }

  /**
   * Serialises writers of one course's parts (its import, its labs' import) until the transaction
   * ends.
   */
  public void lockSlug(String slug) {
    courses.lockSlug(slug);
  }

  /** The course's active modules, in order. */
  public List<CourseModule> activeModules(Long courseId) {
    return modules.activeOfCourse(courseId);
  }

  /** The ids of the course's active lessons, in order. */
  public List<Long> activeLessonIds(Long courseId) {
    return lessons.activeOfCourse(courseId).stream().map(l -> l.id).toList();
  }

  /** The courses the learner is enrolled in now. */
  public List<Long> enrolledCourseIds(Long userId) {
    return enrolments.activeCourseIds(userId);
  }
}
