package vn.hocsau.content;

import java.util.List;

/**
 * A course as read and validated from its folder under {@code courses/}: what the importer stores.
 * Only courses without a single error become a {@code CourseSource}.
 *
 * @param slug stable key of the course, equal to its folder name; learner history hangs on it
 * @param tags free words for the catalog filters, in file order
 * @param prerequisites slugs of other courses, each of which exists under {@code courses/}
 * @param path the course folder, relative to {@code courses/}
 */
public record CourseSource(
    String slug,
    BilingualText title,
    BilingualText summary,
    Level level,
    List<String> tags,
    List<String> prerequisites,
    CompletionRule completion,
    List<ModuleSource> modules,
    String path) {

  /** Every lesson of the course, module by module. */
  public List<LessonSource> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }
}
