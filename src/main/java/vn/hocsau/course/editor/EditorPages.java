package vn.hocsau.course.editor;

import java.util.List;
import vn.hocsau.quiz.editor.QuestionForm;

/** What the instructor's editor pages show. */
public final class EditorPages {

  private EditorPages() {}

  /** A course in the instructor's list. */
  public record CourseRow(String slug, String title, boolean published, boolean edited) {}

  /**
   * A course's editor overview.
   *
   * @param edited whether site edits exist that no export or file import has replaced yet
   */
  public record Overview(String slug, String title, boolean edited, List<ModuleRow> modules) {}

  /** A module and its lessons; {@code hasQuiz} when it has an active quiz. */
  public record ModuleRow(String slug, String title, List<LessonRow> lessons, boolean hasQuiz) {}

  /** A lesson with its current version number. */
  public record LessonRow(String slug, String title, int version) {}

  /**
   * The lesson editor.
   *
   * @param preview sanitized HTML of the Vietnamese (else English) text, or null
   * @param problems what the content check found, as {@code file:line: message}
   * @param saved whether this request saved a new version
   */
  public record LessonForm(
      String slug,
      String lesson,
      String module,
      int version,
      boolean edited,
      LessonEdit edit,
      String preview,
      List<String> problems,
      boolean saved) {}

  /**
   * The quiz editor.
   *
   * @param giftErrors syntax errors of the GIFT text sent, by line
   * @param questions the quiz's questions, for the list with their forms
   * @param uploadProblem why an uploaded GIFT file was refused, translated; null if none
   * @param giftMaxKib the largest GIFT file accepted, in KiB
   */
  public record QuizForm(
      String slug,
      String module,
      String yaml,
      String gift,
      String giftLanguage,
      boolean edited,
      List<String> problems,
      List<vn.hocsau.quiz.gift.GiftError> giftErrors,
      boolean saved,
      List<QuestionForm> questions,
      String uploadProblem,
      int giftMaxKib) {

    /** The types a new question can have. */
    public List<String> questionTypes() {
      return QuestionForm.TYPES;
    }
  }

  /**
   * A question's own form.
   *
   * @param question what the form shows; its id is null for a new question
   * @param problems what is wrong with the form, translated
   * @param saveProblems what the importer's rules found, as {@code file:line: message}
   */
  public record QuestionPage(
      String slug,
      String module,
      boolean edited,
      QuestionForm question,
      List<String> problems,
      List<String> saveProblems) {}
}
