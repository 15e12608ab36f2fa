package vn.hocsau.quiz;

import java.util.Objects;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;

/**
 * One question of a quiz.
 *
 * <p>The id is what a learner's history hangs on: keep it when editing the question, change it only
 * when the question becomes a different one. Ids (of questions and options) are letters, digits,
 * '-', '_' and '.', starting with a letter or digit, at most 80 characters.
 *
 * @param id stable id, unique within the quiz
 * @param prompt the question as the learner reads it (Markdown)
 * @param explanation shown after answering, whatever the answer; {@link BilingualText#NONE} if none
 * @param points what a fully right answer is worth; more than 0
 * @param type the kind of question, with its answer key
 */
public record Question(
    String id, BilingualText prompt, BilingualText explanation, double points, QuestionType type) {

  /** Validates the id, requires a prompt and a positive, finite number of points. */
  public Question {
    Ids.require(id, "question");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(type, "type");
    if (prompt.isEmpty()) {
      throw new InvalidQuizException("question '" + id + "' has no prompt");
    }
    explanation = explanation == null ? BilingualText.NONE : explanation;
    if (!(points > 0) || Double.isInfinite(points)) {
      throw new InvalidQuizException("question '" + id + "' must be worth more than 0 points");
    }
  }

  /** Whether {@code id} follows the id rule above (for question and option ids alike). */
  public static boolean isValidId(String id) {
    return id != null && Ids.VALID.matcher(id).matches();
  }

  /** A question worth 1 point. */
  public Question(String id, BilingualText prompt, BilingualText explanation, QuestionType type) {
    this(id, prompt, explanation, 1, type);
  }
}
