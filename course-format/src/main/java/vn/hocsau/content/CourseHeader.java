package vn.hocsau.content;

import java.nio.file.Path;
import java.util.List;

/** The validated fields of a {@code course.yaml}, before its modules are attached. */
record CourseHeader(
    Path file,
    String slug,
    BilingualText title,
    BilingualText summary,
    Level level,
    List<String> tags,
    List<Prerequisite> prerequisites,
    CompletionRule completion,
    RequiredLines requiredLines) {

  /** A prerequisite slug and the line that names it. */
  record Prerequisite(String slug, int line) {}

  /**
   * The lines of the items of {@code completion.quizzes} and {@code completion.labs}, in the same
   * order, so that a named quiz or lab that does not exist is reported where it is named.
   */
  record RequiredLines(List<Integer> quizzes, List<Integer> labs) {

    int quiz(int index) {
      return index < quizzes.size() ? quizzes.get(index) : 1;
    }

    int lab(int index) {
      return index < labs.size() ? labs.get(index) : 1;
    }
  }

  List<String> prerequisiteSlugs() {
    return prerequisites.stream().map(Prerequisite::slug).toList();
  }
}
