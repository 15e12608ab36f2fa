package vn.hocsau.content;

import java.util.List;
import java.util.Optional;

/**
 * What {@link CoursesReader} found in a courses folder.
 *
 * @param courses the courses without any error, in folder order: safe to import
 * @param rejected folder names of the courses that have errors; import none of them, not even in
 *     part
 * @param problems every error and warning, ordered by file and line
 */
public record ReadResult(
    List<CourseSource> courses, List<String> rejected, List<Problem> problems) {

  /** Copies the lists. */
  public ReadResult {
    courses = List.copyOf(courses);
    rejected = List.copyOf(rejected);
    problems = List.copyOf(problems);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The valid course with this slug, if any. */
  public Optional<CourseSource> course(String slug) {
    return courses.stream().filter(c -> c.slug().equals(slug)).findFirst();
  }
}
