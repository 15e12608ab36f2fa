package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuizSettings;

/** Totals, percent and pass mark over a quiz of every type (6 points in all). */
class GraderTest {

  private final Grader grader = new Grader();

  private static Map<String, Answer> allRight() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("activation", new Answer.Choice("relu"));
    answers.put("optimizers", new Answer.Choices(Set.of("sgd", "adam")));
    answers.put("learning-rate", new Answer.Number("0,001"));
    answers.put("field", new Answer.Text("hoc sau"));
    answers.put("pipeline", new Answer.Order(List.of("load", "train", "eval")));
    return answers;
  }

  @Test
  void allRightScoresEverything() {
    GradedAttempt attempt = grader.grade(SampleQuiz.quiz(), new Answers(allRight()));
    assertEquals(6, attempt.score(), 1e-12);
    assertEquals(6, attempt.maxScore());
    assertEquals(100, attempt.percent(), 1e-12);
    assertTrue(attempt.passed());
    assertTrue(attempt.questions().stream().allMatch(GradedQuestion::correct));
  }

  @Test
  void partialCreditIsScaledByPoints() {
    Map<String, Answer> answers = allRight();
    // multi: sgd alone earns 1/2 of its 2 points
    answers.put("optimizers", new Answer.Choices(Set.of("sgd")));
    // ordering: one of three in place
    answers.put("pipeline", new Answer.Order(List.of("load", "eval", "train")));
    GradedAttempt attempt = grader.grade(SampleQuiz.quiz(), new Answers(answers));
    assertEquals(1, attempt.question("optimizers").orElseThrow().score(), 1e-12);
    assertFalse(attempt.question("optimizers").orElseThrow().correct());
    assertEquals(1.0 / 3, attempt.question("pipeline").orElseThrow().score(), 1e-12);
    // 1 + 1 + 1 + 1 + 1/3 = 4.333 of 6 = 72.2%
    assertEquals(13.0 / 3, attempt.score(), 1e-12);
    assertEquals(13.0 / 18 * 100, attempt.percent(), 1e-9);
  }

  @Test
  void missingAnswersScoreZeroAndUnknownIdsAreIgnored() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("activation", new Answer.Choice("relu"));
    answers.put("no-such-question", new Answer.Choice("relu"));
    GradedAttempt attempt = grader.grade(SampleQuiz.quiz(), new Answers(answers));
    assertEquals(5, attempt.questions().size());
    assertEquals(1, attempt.score());
    GradedQuestion missing = attempt.question("field").orElseThrow();
    assertFalse(missing.answered());
    assertEquals(0, missing.score());
    assertEquals(Optional.empty(), missing.problem());
    assertFalse(attempt.hasProblems());
  }

  @Test
  void passMarkIsInclusive() {
    Quiz quiz = quizWithPassMark(50);
    // two 1-point questions, one right: exactly 50%
    Answers half = new Answers(Map.of("a", new Answer.Choice("x"), "b", new Answer.Choice("y")));
    assertTrue(grader.grade(quiz, half).passed());
    assertFalse(grader.grade(quizWithPassMark(50.1), half).passed());
  }

  @Test
  void feedbackCarriesTheExplanationAndChosenOptionFeedback() {
    GradedQuestion q =
        grader.grade(SampleQuiz.quiz(), new Answers(allRight())).question("activation").get();
    assertEquals("ReLU is cheap and does not saturate.", q.explanation().en());
    assertEquals(List.of(BilingualText.of("Đúng!", "Yes!")), q.feedback());
  }

  @Test
  void unreadableAnswersAreFlaggedAndScoreZero() {
    Map<String, Answer> answers = allRight();
    answers.put("learning-rate", new Answer.Number("NaN"));
    GradedAttempt attempt = grader.grade(SampleQuiz.quiz(), new Answers(answers));
    assertTrue(attempt.hasProblems());
    assertEquals(
        Optional.of(AnswerProblem.NOT_FINITE),
        attempt.question("learning-rate").orElseThrow().problem());
    assertEquals(5, attempt.score(), 1e-12);
  }

  @Test
  void gradingIsDeterministic() {
    Answers answers = new Answers(allRight());
    assertEquals(
        grader.grade(SampleQuiz.quiz(), answers), grader.grade(SampleQuiz.quiz(), answers));
  }

  @Test
  void formValuesBecomeTypedAnswers() {
    Map<String, List<String>> form =
        Map.of(
            "activation", List.of("relu"),
            "optimizers", List.of("sgd", "adam"),
            "learning-rate", List.of("0,001"),
            "field", List.of("Học Sâu"),
            "pipeline", List.of("load", "train", "eval"),
            "csrf", List.of("token"));
    Answers answers = Answers.fromForm(SampleQuiz.quiz(), form);
    assertEquals(new Answers(allRight()).byQuestion().keySet(), answers.byQuestion().keySet());
    assertEquals(100, grader.grade(SampleQuiz.quiz(), answers).percent(), 1e-12);
  }

  private static Quiz quizWithPassMark(double percent) {
    List<Option> options =
        List.of(new Option("x", BilingualText.same("x")), new Option("y", BilingualText.same("y")));
    return new Quiz(
        "q",
        BilingualText.same("Q"),
        new QuizSettings(OptionalInt.empty(), percent, false, false),
        List.of(
            new Question("a", BilingualText.same("A?"), null, new SingleChoice(options, "x")),
            new Question("b", BilingualText.same("B?"), null, new SingleChoice(options, "x"))));
  }
}
