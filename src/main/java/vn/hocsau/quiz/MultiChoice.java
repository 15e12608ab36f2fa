package vn.hocsau.quiz;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuestionKind;

/**
 * Several right options, with partial credit and negative marks.
 *
 * <p>With {@code K} right and {@code W} wrong options, each right option chosen earns {@code 1/K}
 * and each wrong option chosen costs {@code 1/W}; the result is clamped to [0, 1]. So choosing
 * everything scores 0, and guessing is not free. With no wrong options there is nothing to lose.
 *
 * @param options at least two, in the author's order
 * @param correctOptionIds the ids of the right ones: at least one, all among the options
 */
public record MultiChoice(List<Option> options, Set<String> correctOptionIds)
    implements QuestionType {

  /** Requires two or more options and at least one right one among them. */
  public MultiChoice {
    options = Option.requireList(options, 2, "a multiple-choice question's options");
    correctOptionIds = Collections.unmodifiableSet(new LinkedHashSet<>(correctOptionIds));
    if (correctOptionIds.isEmpty()) {
      throw new InvalidQuizException("a multiple-choice question needs at least one right option");
    }
    for (String id : correctOptionIds) {
      if (!Option.contains(options, id)) {
        throw new InvalidQuizException("the correct option '" + id + "' is not one of the options");
      }
    }
  }

  /** Whether option {@code id} is one of the right ones. */
  public boolean isCorrect(String id) {
    return correctOptionIds.contains(id);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.MULTI;
  }

  @Override
  public Credit credit(Answer answer) {
    if (!(answer instanceof Answer.Choices choices)) {
      return Credit.problem(AnswerProblem.WRONG_KIND);
    }
    int right = correctOptionIds.size();
    int wrong = options.size() - right;
    double fraction = 0;
    Optional<AnswerProblem> problem = Optional.empty();
    for (String id : choices.optionIds()) {
      if (!Option.contains(options, id)) {
        // A tampered id is ignored rather than voiding the learner's real choices.
        problem = Optional.of(AnswerProblem.UNKNOWN_OPTION);
      } else if (isCorrect(id)) {
        fraction += 1.0 / right;
      } else {
        fraction -= 1.0 / wrong;
      }
    }
    return new Credit(fraction, problem);
  }
}
