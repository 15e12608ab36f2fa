package vn.hocsau.course.dashboard;

import java.util.List;

/**
 * The instructor's dashboard of one course.
 *
 * @param learners different learners who ever enrolled
 * @param weeks enrolments per week, oldest first, weeks without any included
 * @param chartWidth the width of the weekly chart, in its units
 */
public record Dashboard(
    String slug,
    String title,
    long learners,
    List<Week> weeks,
    int chartWidth,
    List<ModuleFunnel> modules,
    List<QuizStats> quizzes) {

  /**
   * Enrolments in the week starting {@code monday} (ISO date), and its bar in a chart 100 units
   * high, 20 units per week.
   */
  public record Week(String monday, long enrolments, int x, int y, int height) {}

  /**
   * How far learners got in one module.
   *
   * @param started learners with at least one of its lessons done
   * @param finished learners with all of its lessons done
   * @param passed learners who passed its quiz, or -1 when it has none
   */
  public record ModuleFunnel(String title, long started, long finished, long passed) {}

  /** Item analysis of one module's quiz. */
  public record QuizStats(String module, int attempts, List<QuestionStats> questions) {}

  /**
   * One question.
   *
   * @param facility share correct, formatted with two decimals
   * @param discrimination point-biserial, formatted, or null when undefined
   * @param flags codes of {@code ItemStatistics.Flag}, lower case
   */
  public record QuestionStats(
      String id,
      String prompt,
      String type,
      String facility,
      String discrimination,
      List<String> flags) {}
}
