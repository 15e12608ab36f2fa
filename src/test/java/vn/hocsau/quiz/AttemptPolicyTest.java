package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuizSettings;

/** Attempt limits, the best attempt counting, and when answers may be revealed. */
class AttemptPolicyTest {

  private static AttemptPolicy policy(Integer attempts, boolean reveal) {
    return new AttemptPolicy(
        QuizSettings.defaults().withAttempts(attempts).withRevealAnswers(reveal));
  }

  private static GradedAttempt attempt(double percent) {
    return new GradedAttempt("q", List.of(), percent, 100, percent, percent >= 70);
  }

  @Test
  void unlimitedAlwaysAllowsAnotherAndNeverReveals() {
    AttemptPolicy unlimited = policy(null, true);
    assertTrue(unlimited.mayStartAnother(0));
    assertTrue(unlimited.mayStartAnother(1_000));
    assertEquals(OptionalInt.empty(), unlimited.attemptsLeft(5));
    assertFalse(unlimited.mayRevealAnswers(1_000));
  }

  @Test
  void oneAttemptAllowsExactlyOne() {
    AttemptPolicy once = policy(1, true);
    assertTrue(once.mayStartAnother(0));
    assertEquals(OptionalInt.of(1), once.attemptsLeft(0));
    assertFalse(once.mayRevealAnswers(0));
    assertFalse(once.mayStartAnother(1));
    assertEquals(OptionalInt.of(0), once.attemptsLeft(1));
    assertTrue(once.mayRevealAnswers(1));
  }

  @Test
  void revealsOnlyAfterTheLastAttemptAndOnlyWhenTheQuizSaysSo() {
    AttemptPolicy three = policy(3, true);
    assertFalse(three.mayRevealAnswers(2));
    assertTrue(three.mayRevealAnswers(3));
    assertFalse(policy(3, false).mayRevealAnswers(3));
    assertFalse(policy(3, false).mayRevealAnswers(10));
  }

  @Test
  void theBestAttemptCountsAndTheEarliestWinsATie() {
    GradedAttempt first = attempt(80);
    GradedAttempt second = attempt(60);
    GradedAttempt third = attempt(80);
    assertSame(first, AttemptPolicy.best(List.of(first, second, third)).orElseThrow());
    assertTrue(AttemptPolicy.best(List.of()).isEmpty());
    assertEquals(OptionalDouble.of(80), AttemptPolicy.bestPercent(List.of(60.0, 80.0, 10.0)));
  }

  @Test
  void passingIsJudgedOnThePassMarkInclusively() {
    AttemptPolicy policy = new AttemptPolicy(QuizSettings.defaults().withPassMark(70));
    assertTrue(policy.passes(70));
    assertTrue(policy.passes(69.99999999999));
    assertFalse(policy.passes(69.9));
  }

  @Test
  void impossibleSettingsAreRefused() {
    assertThrows(InvalidQuizException.class, () -> QuizSettings.defaults().withAttempts(0));
    assertThrows(InvalidQuizException.class, () -> QuizSettings.defaults().withPassMark(101));
    assertThrows(
        InvalidQuizException.class, () -> QuizSettings.defaults().withPassMark(Double.NaN));
  }
}
