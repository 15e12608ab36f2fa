package vn.hocsau.course.content;

import java.nio.file.Path;
import java.util.List;

/** The validated fields of a {@code course.yaml}, before its modules are attached. */
record CourseHeader(
    Path file,
    String slug,
    Localized title,
    Localized summary,
    Level level,
    List<String> tags,
    List<Prerequisite> prerequisites,
    CompletionRule completion) {

  /** A prerequisite slug and the line that names it. */
  record Prerequisite(String slug, int line) {}

  List<String> prerequisiteSlugs() {
    return prerequisites.stream().map(Prerequisite::slug).toList();
  }
}
