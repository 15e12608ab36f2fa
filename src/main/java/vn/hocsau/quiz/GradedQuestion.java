package vn.hocsau.quiz;

import java.util.List;
import java.util.Optional;
import vn.hocsau.content.BilingualText;

/**
 * How one question of an attempt was graded. It holds no answer key: it is safe to show right after
 * grading, whatever the reveal setting.
 *
 * @param questionId the question
 * @param answered whether the learner gave an answer at all
 * @param fraction the share of the points earned, 0 to 1
 * @param score {@code fraction × points}
 * @param points what the question is worth
 * @param correct whether the answer earned everything
 * @param explanation the question's explanation, shown after answering
 * @param feedback the feedback of each option the learner chose, in option order
 * @param problem why the answer could not be read, if so
 */
public record GradedQuestion(
    String questionId,
    boolean answered,
    double fraction,
    double score,
    double points,
    boolean correct,
    BilingualText explanation,
    List<BilingualText> feedback,
    Optional<AnswerProblem> problem) {

  /** Copies the feedback list. */
  public GradedQuestion {
    feedback = List.copyOf(feedback);
  }
}
