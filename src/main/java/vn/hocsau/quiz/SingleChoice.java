package vn.hocsau.quiz;

import java.util.List;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuestionKind;

/**
 * One right option among several. All or nothing.
 *
 * @param options at least two, in the author's order
 * @param correctOptionId the id of the right one
 */
public record SingleChoice(List<Option> options, String correctOptionId) implements QuestionType {

  /** Requires two or more options and a correct id among them. */
  public SingleChoice {
    options = Option.requireList(options, 2, "a single-choice question's options");
    if (!Option.contains(options, correctOptionId)) {
      throw new InvalidQuizException(
          "the correct option '" + correctOptionId + "' is not one of the options");
    }
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.SINGLE;
  }

  @Override
  public Credit credit(Answer answer) {
    if (!(answer instanceof Answer.Choice choice)) {
      return Credit.problem(AnswerProblem.WRONG_KIND);
    }
    if (!Option.contains(options, choice.optionId())) {
      return Credit.problem(AnswerProblem.UNKNOWN_OPTION);
    }
    return Credit.of(correctOptionId.equals(choice.optionId()));
  }
}
