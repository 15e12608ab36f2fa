package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.InvalidQuizException;

/** Accepted answers and patterns, accent- and case-insensitive unless exact. */
class TextGradingTest {

  private static double credit(TextAnswer q, String input) {
    return q.credit(new Answer.Text(input)).fraction();
  }

  @Test
  void foldingDropsAccentsCaseAndExtraSpaces() {
    assertEquals("hoc sau", AccentFolding.fold("  Học   Sâu "));
    assertEquals("da nang", AccentFolding.fold("Đà Nẵng"));
    // decomposed input (o + combining dot below + combining circumflex...) folds the same
    assertEquals("hoc sau", AccentFolding.fold("Ho\u0323c sa\u0302u"));
  }

  @Test
  void vietnameseWithoutAccentsIsAccepted() {
    TextAnswer q = TextAnswer.accepting(List.of("Học Sâu"), false);
    assertEquals(1, credit(q, "hoc sau"));
    assertEquals(1, credit(q, "HỌC   SÂU"));
    assertEquals(1, credit(q, "học sâu "));
    assertEquals(0, credit(q, "hoc"));
  }

  @Test
  void exactRefusesMissingAccentsAndOtherCase() {
    TextAnswer q = TextAnswer.accepting(List.of("Học Sâu"), true);
    assertEquals(0, credit(q, "hoc sau"));
    assertEquals(0, credit(q, "học sâu"));
    assertEquals(1, credit(q, " Học  Sâu"));
    // same letters typed as base + combining marks are still the same text
    assertEquals(1, credit(q, "Ho\u0323c Sa\u0302u"));
  }

  @Test
  void anyOfSeveralAnswersIsAccepted() {
    TextAnswer q = TextAnswer.accepting(List.of("ReLU", "rectified linear unit"), false);
    assertEquals(1, credit(q, "relu"));
    assertEquals(1, credit(q, "Rectified Linear Unit"));
    assertEquals(0, credit(q, "sigmoid"));
  }

  @Test
  void patternMustMatchTheWholeAnswer() {
    TextAnswer q = TextAnswer.matching("hoc\\s+sau", false);
    assertEquals(1, credit(q, "Học  Sâu"));
    assertEquals(0, credit(q, "hoc sau rat hay"));
    assertEquals(0, credit(q, "toi hoc sau"));
  }

  @Test
  void accentsInThePatternAreFoldedToo() {
    TextAnswer q = TextAnswer.matching("mạng (nơ-ron|neural)", false);
    assertEquals(1, credit(q, "mang no-ron"));
    assertEquals(1, credit(q, "Mạng Neural"));
  }

  @Test
  void exactPatternCountsCaseAndAccents() {
    TextAnswer q = TextAnswer.matching("Học \\S+", true);
    assertEquals(1, credit(q, "Học Sâu"));
    assertEquals(0, credit(q, "hoc sau"));
  }

  @Test
  void patternEscapesKeepTheirCase() {
    // \D (non-digit) must not become \d when accents are stripped
    TextAnswer q = TextAnswer.matching("\\D+", false);
    assertEquals(1, credit(q, "abc"));
    assertEquals(0, credit(q, "123"));
  }

  @Test
  void catastrophicPatternsGiveUpDeterministically() {
    // Unbounded, this takes over a second at 21 characters and doubles with each one more.
    TextAnswer q = TextAnswer.matching("(.*a){12}", false);
    Answer hostile = new Answer.Text("a".repeat(60) + "b");
    Credit credit = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> q.credit(hostile));
    assertEquals(Credit.problem(AnswerProblem.PATTERN_TOO_COMPLEX), credit);
    assertEquals(credit, q.credit(hostile));
    assertEquals(1, credit(q, "a".repeat(12)));
  }

  @Test
  void overlongAnswersAreRefused() {
    TextAnswer q = TextAnswer.matching(".*", false);
    assertEquals(
        Credit.problem(AnswerProblem.TOO_LONG),
        q.credit(new Answer.Text("x".repeat(TextAnswer.MAX_LENGTH + 1))));
    assertEquals(1, credit(q, "x".repeat(TextAnswer.MAX_LENGTH)));
  }

  @Test
  void blankAnswerMatchesNoAcceptedAnswer() {
    assertEquals(0, credit(TextAnswer.accepting(List.of("x"), false), "   "));
  }

  @Test
  void badDefinitionsAreRefused() {
    InvalidQuizException e =
        assertThrows(InvalidQuizException.class, () -> TextAnswer.matching("(unclosed", false));
    assertEquals(
        "invalid text answer pattern: Unclosed group near index 9 of (unclosed", e.getMessage());
    assertThrows(InvalidQuizException.class, () -> TextAnswer.accepting(List.of(), false));
    assertThrows(InvalidQuizException.class, () -> TextAnswer.accepting(List.of(" "), false));
  }

  @Test
  void textsWithTheSamePatternAreEqual() {
    assertEquals(TextAnswer.matching("a+", false), TextAnswer.matching("a+", false));
  }
}
