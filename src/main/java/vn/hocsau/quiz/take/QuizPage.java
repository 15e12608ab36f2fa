package vn.hocsau.quiz.take;

import java.util.List;
import vn.hocsau.quiz.GivenAnswer;
import vn.hocsau.quiz.OptionView;
import vn.hocsau.quiz.QuestionView;

/**
 * A quiz page: the form (without answers), the learner's attempts, and, after a submission, the
 * graded result.
 *
 * @param left attempts left, or {@code null} when unlimited
 * @param best the best percent so far, formatted, or {@code null} before any attempt
 * @param result the graded submission, or {@code null} when showing the form only
 * @param review whether {@code result} is the attempt that counts, shown again when the learner
 *     comes back to a finished quiz (passed, or no attempts left)
 */
public record QuizPage(
    String courseSlug,
    String courseTitle,
    String moduleSlug,
    String title,
    List<QuestionForm> questions,
    String submissionKey,
    int used,
    Integer left,
    boolean mayAttempt,
    String best,
    int passMark,
    Result result,
    boolean review) {

  /** Whether any answer of the form could not be read. */
  public boolean hasProblems() {
    return questions.stream().anyMatch(q -> q.problem() != null);
  }

  /** The form action. */
  public String action() {
    return "/courses/" + courseSlug + "/modules/" + moduleSlug + "/quiz";
  }

  /** A fresh form, even when the quiz is passed and would show the attempt that counts. */
  public String againUrl() {
    return action() + "?again=true";
  }

  /**
   * A prompt rendered from Markdown.
   *
   * @param html sanitised HTML, safe to insert unescaped
   * @param inline whether it is phrasing content only (one paragraph, unwrapped)
   */
  public record Prompt(String html, boolean inline) {}

  /**
   * One question of the form, with what the learner gave when the form is shown again.
   *
   * @param problem why the given answer could not be read, translated; {@code null} if none
   */
  public record QuestionForm(
      QuestionView question, Prompt prompt, List<String> given, String problem) {

    /** Whether the learner chose {@code option}. */
    public boolean chose(OptionView option) {
      return given.contains(option.id());
    }

    /** The typed value, or empty. */
    public String typed() {
      return given.isEmpty() ? "" : given.get(0);
    }

    /** The item at {@code position} (from 0) of an ordering as given, else as shown. */
    public String itemAt(int position) {
      return position < given.size() ? given.get(position) : question.options().get(position).id();
    }
  }

  /** A graded attempt. */
  public record Result(
      int attemptNumber, String percent, boolean passed, List<QuestionResult> questions) {}

  /**
   * The outcome of one question. Prompt, explanation and feedback are sanitised HTML.
   *
   * @param given what the learner answered, in the page's language; empty texts when unanswered
   * @param rightAnswers the right answers, empty unless they may be revealed
   */
  public record QuestionResult(
      Prompt prompt,
      boolean correct,
      String score,
      String points,
      GivenAnswer given,
      String explanation,
      List<String> feedback,
      List<String> rightAnswers) {}
}
