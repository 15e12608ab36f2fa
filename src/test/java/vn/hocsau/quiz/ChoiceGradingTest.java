package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;

/** Single choice is all or nothing; multi gives +1/K per right and −1/W per wrong, floor 0. */
class ChoiceGradingTest {

  private static List<Option> options(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> new Option(id, BilingualText.same(id))).toList();
  }

  /** Right: a, b (K = 2). Wrong: c, d, e (W = 3). */
  private static MultiChoice twoOfFive() {
    return new MultiChoice(options("a", "b", "c", "d", "e"), Set.of("a", "b"));
  }

  private static double multi(String... chosen) {
    return twoOfFive().credit(new Answer.Choices(Set.of(chosen))).fraction();
  }

  @Test
  void singleChoiceIsAllOrNothing() {
    SingleChoice q = new SingleChoice(options("a", "b", "c"), "b");
    assertEquals(1, q.credit(new Answer.Choice("b")).fraction());
    assertEquals(0, q.credit(new Answer.Choice("a")).fraction());
  }

  @Test
  void singleChoiceFlagsUnknownOptionsAndWrongKinds() {
    SingleChoice q = new SingleChoice(options("a", "b"), "a");
    assertEquals(Credit.problem(AnswerProblem.UNKNOWN_OPTION), q.credit(new Answer.Choice("zzz")));
    assertEquals(Credit.problem(AnswerProblem.WRONG_KIND), q.credit(new Answer.Text("a")));
  }

  @Test
  void multiGivesOneKthPerRightOption() {
    assertEquals(0.5, multi("a"), 1e-12);
    assertEquals(1, multi("a", "b"), 1e-12);
  }

  @Test
  void multiTakesOneWthPerWrongOption() {
    // 2/2 − 1/3 = 0.6667; 1/2 − 1/3 = 0.1667
    assertEquals(2.0 / 3, multi("a", "b", "c"), 1e-12);
    assertEquals(1.0 / 6, multi("a", "c"), 1e-12);
  }

  @Test
  void multiFloorsAtZero() {
    assertEquals(0, multi("c", "d"));
    // 1/2 − 2/3 < 0
    assertEquals(0, multi("a", "c", "d"));
  }

  @Test
  void choosingEverythingScoresZero() {
    assertEquals(0, multi("a", "b", "c", "d", "e"), 1e-12);
  }

  @Test
  void choosingNothingScoresZeroWithoutProblem() {
    assertEquals(Credit.of(0), twoOfFive().credit(new Answer.Choices(Set.of())));
  }

  @Test
  void multiWithNoWrongOptionsHasNothingToLose() {
    MultiChoice all = new MultiChoice(options("a", "b"), Set.of("a", "b"));
    assertEquals(0.5, all.credit(new Answer.Choices(Set.of("a"))).fraction());
  }

  @Test
  void multiIgnoresUnknownIdsButSaysSo() {
    Credit credit = twoOfFive().credit(new Answer.Choices(Set.of("a", "b", "hacked")));
    assertEquals(1, credit.fraction(), 1e-12);
    assertEquals(Optional.of(AnswerProblem.UNKNOWN_OPTION), credit.problem());
  }

  @Test
  void badDefinitionsAreRefused() {
    assertThrows(InvalidQuizException.class, () -> new SingleChoice(options("a", "b"), "c"));
    assertThrows(InvalidQuizException.class, () -> new SingleChoice(options("a"), "a"));
    assertThrows(InvalidQuizException.class, () -> new SingleChoice(options("a", "a"), "a"));
    assertThrows(InvalidQuizException.class, () -> new MultiChoice(options("a", "b"), Set.of()));
    assertThrows(InvalidQuizException.class, () -> new MultiChoice(options("a", "b"), Set.of("x")));
    assertThrows(InvalidQuizException.class, () -> new Option("bad id", BilingualText.same("x")));
  }
}
