package vn.hocsau.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import vn.hocsau.course.importer.CourseImporter;

/**
 * Imports the test courses: the fixtures {@code co-ban} and {@code nang-cao}, and the real sample
 * course {@code nhap-mon-hoc-sau}. Importing is idempotent, so every test may call {@link
 * #importAll()}.
 */
@ApplicationScoped
public class SampleCourses {

  /** Two valid fixture courses (see the content package's {@code Fixtures}). */
  public static final Path VALID = Path.of("src/test/resources/courses-fixtures/valid");

  /** The real course folder of the repository. */
  public static final Path REAL = Path.of("courses");

  @Inject CourseImporter importer;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject CourseRepository courses;

  /** Imports both folders. */
  public void importAll() {
    importer.importFolder(VALID);
    importer.importFolder(REAL);
  }

  /** The id of a lesson. */
  @Transactional
  public Long lessonId(String course, String lesson) {
    Long courseId = courses.findBySlug(course).orElseThrow().id;
    return lessons.findActive(courseId, lesson).orElseThrow().id;
  }

  /** How many versions a lesson has had. */
  @Transactional
  public long versionCount(String course, String lesson) {
    return versions.countOf(lessonId(course, lesson));
  }

  /** The current version id of a lesson. */
  @Transactional
  public Long currentVersion(String course, String lesson) {
    return lessons.findById(lessonId(course, lesson)).currentVersionId;
  }

  /** The id of a course. */
  @Transactional
  public Long courseId(String slug) {
    return courses.findBySlug(slug).orElseThrow().id;
  }

  /** Whether a course with this slug is stored. */
  @Transactional
  public boolean exists(String slug) {
    return courses.findBySlug(slug).isPresent();
  }
}
