package vn.hocsau.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.content.BilingualText;

/**
 * Grades a submission against a quiz. Pure and deterministic: the same quiz and answers always give
 * the same result, so regrading after a fix is safe.
 */
public final class Grader {

  // Sums of fractions such as 1/3 drift in the last bit; this keeps 69.99999999 from failing 70.
  static final double EPSILON = 1e-9;

  /** Grades every question of {@code quiz}; missing answers score 0, unknown ids are ignored. */
  public GradedAttempt grade(Quiz quiz, Answers answers) {
    List<GradedQuestion> results = new ArrayList<>();
    double score = 0;
    for (Question question : quiz.questions()) {
      GradedQuestion result = grade(question, answers.get(question.id()));
      results.add(result);
      score += result.score();
    }
    double max = quiz.maxScore();
    double percent = score / max * 100;
    boolean passed = percent + EPSILON >= quiz.settings().passMark();
    return new GradedAttempt(quiz.id(), results, score, max, percent, passed);
  }

  /** Grades one question; an absent answer scores 0 with no problem. */
  public GradedQuestion grade(Question question, Optional<Answer> answer) {
    Credit credit = answer.map(a -> question.type().credit(a)).orElse(Credit.of(0));
    double fraction = credit.fraction();
    return new GradedQuestion(
        question.id(),
        answer.isPresent(),
        fraction,
        fraction * question.points(),
        question.points(),
        fraction >= 1 - EPSILON,
        question.explanation(),
        answer.map(a -> optionFeedback(question.type(), a)).orElse(List.of()),
        credit.problem());
  }

  private static List<BilingualText> optionFeedback(QuestionType type, Answer answer) {
    Set<String> chosen;
    List<Option> options;
    if (type instanceof SingleChoice single && answer instanceof Answer.Choice choice) {
      options = single.options();
      chosen = Set.of(choice.optionId());
    } else if (type instanceof MultiChoice multi && answer instanceof Answer.Choices choices) {
      options = multi.options();
      chosen = choices.optionIds();
    } else {
      return List.of();
    }
    return options.stream()
        .filter(o -> chosen.contains(o.id()) && !o.feedback().isEmpty())
        .map(Option::feedback)
        .toList();
  }
}
