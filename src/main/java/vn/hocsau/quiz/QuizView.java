package vn.hocsau.quiz;

import java.util.List;

/**
 * A quiz as the learner sees it before grading, in one language. Safe to send to the browser.
 *
 * @param quizId the quiz
 * @param title the title in the page's language
 * @param questions in display order
 */
public record QuizView(String quizId, String title, List<QuestionView> questions) {

  /** Copies the questions. */
  public QuizView {
    questions = List.copyOf(questions);
  }
}
