package vn.hocsau.quiz.gradebook;

import java.util.List;

/**
 * A learner's gradebook: per enrolled course, every quiz with its best score and pass state.
 *
 * @param courses in enrolment order
 */
public record Gradebook(List<CourseGrades> courses) {

  /** The quizzes and labs of one course. */
  public record CourseGrades(
      String slug,
      String title,
      List<QuizGrade> quizzes,
      List<vn.hocsau.submission.LabGrade> labs) {}

  /**
   * One quiz.
   *
   * @param best the best percent, formatted, or {@code null} before any attempt
   */
  public record QuizGrade(String path, String title, String best, boolean passed, int attempts) {}
}
