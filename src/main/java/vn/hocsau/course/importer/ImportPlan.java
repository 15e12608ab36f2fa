package vn.hocsau.course.importer;

import java.util.List;
import vn.hocsau.content.Changes;

/**
 * What pushing a course folder does, or did: the dry run that {@code hocsau course push} shows
 * before asking, and the same plan with {@code applied} after the import.
 *
 * @param course the course slug
 * @param status {@code new}, {@code changed}, {@code unchanged}, or {@code invalid} when the files
 *     have errors (nothing is imported then)
 * @param applied whether the import was done (false for a dry run and for invalid files)
 * @param problems every error and warning, as {@code file:line:column: message}
 * @param lessons lesson slugs added, changed and removed
 * @param quizzes module slugs whose quiz is added, changed or removed
 * @param labs lab slugs added, changed and removed
 * @param history what learners keep: removed parts are hidden, never deleted
 */
public record ImportPlan(
    String course,
    String status,
    boolean applied,
    List<String> problems,
    Changes lessons,
    Changes quizzes,
    Changes labs,
    History history) {

  /**
   * The learners' history that stays whatever the import changes.
   *
   * @param enrolments enrolments in the course, past and present
   * @param lessonsDone lessons marked done by learners
   * @param kept always true: an import hides removed lessons and quizzes and unpublishes removed
   *     labs, and never deletes progress, quiz attempts or lab submissions
   * @param note the same in the caller's language
   */
  public record History(long enrolments, long lessonsDone, boolean kept, String note) {}

  public ImportPlan {
    problems = List.copyOf(problems);
  }
}
