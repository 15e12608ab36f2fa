package vn.hocsau.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.i18n.Language;

/** Every problem is reported as "line N: message", all at once, and nothing is imported. */
class GiftErrorsTest {

  private static List<String> errors(String gift) {
    GiftException e =
        assertThrows(GiftException.class, () -> new GiftParser(Language.EN).parse(gift));
    return e.errors().stream().map(GiftError::toString).toList();
  }

  private static String error(String gift) {
    List<String> errors = errors(gift);
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  @Test
  void everyBadQuestionIsReportedWithItsLine() {
    String gift =
        """
        // line 1
        ::ok:: Fine {=a ~b}

        ::no-block:: Where are the answers?

        ::ok2:: Also fine {#1}

        ::bad-number:: Pi? {#3.1x:0.01}
        """;
    assertEquals(
        List.of(
            "line 4: no answer block '{...}': descriptions are not supported",
            "line 8: '3.1x' is not a number"),
        errors(gift));
  }

  @Test
  void answerErrorsPointAtTheAnswersLine() {
    String gift = "::q:: Pick {\n=a\n~%50%b\n~c\n}";
    assertEquals(
        "line 3: weights in single-choice answers are not supported; for partial credit give"
            + " every answer a weight and no '='",
        error(gift));
  }

  @Test
  void unclosedThings() {
    assertEquals("line 1: the title's '::' is never closed", error("::title Prompt {=a}"));
    assertEquals("line 2: '{' is never closed", error("\n::q:: Prompt {=a ~b\n\n::r:: x {=y}"));
    assertEquals("line 1: the weight's '%' is never closed", error("::q:: P {~%50 a ~b}"));
    assertEquals(
        "line 1: a second '{': one answer block per question; write \\{ and \\} for braces in"
            + " text such as LaTeX",
        error("::q:: $\\frac{a}{b}$ {#0.5}"));
  }

  @Test
  void unsupportedTypesSaySo() {
    assertEquals(
        "line 1: true/false questions are not supported: write {=True ~False} instead",
        error("::tf:: The sky is blue {T}"));
    assertEquals(
        "line 1: matching questions are not supported", error("::m:: Match {=a -> 1 =b -> 2}"));
    assertEquals(
        "line 1: empty answer block: essay questions are not supported", error("::e:: Essay {}"));
  }

  @Test
  void choiceMistakes() {
    assertEquals(
        "line 1: a single-choice question has one '=' answer; for several right answers give"
            + " every answer a weight, such as ~%50%",
        error("::q:: P {=a =b ~c}"));
    assertEquals(
        "line 1: no right answer: use '=' for one, or positive weights such as ~%50% for several",
        error("::q:: P {~a ~b}"));
    assertEquals("line 1: expected '=' or '~' before 'oops'", error("::q:: P {oops =a ~b}"));
    assertEquals("line 1: empty answer after '~'", error("::q:: P {=a ~ }"));
    assertEquals("line 1: weight 'abc' is not a number", error("::q:: P {~%abc%a ~b}"));
  }

  @Test
  void numericAndShortAnswerMistakes() {
    assertEquals("line 1: range min 2 is greater than max 1", error("::q:: P {#2..1}"));
    assertEquals("line 1: only one numeric answer is supported", error("::q:: P {#=1 =2}"));
    assertEquals(
        "line 1: partial credit in short answers is not supported", error("::q:: P {=a =%50%b}"));
    assertEquals(
        "line 1: per-answer feedback is only supported on choice answers; use '####' for general"
            + " feedback",
        error("::q:: P {=a#nice}"));
  }

  @Test
  void duplicateAndUnusableIds() {
    assertEquals(
        List.of("line 3: duplicate question id 'q' (first on line 1)"),
        errors("::q:: A {=a ~b}\n\n::q:: B {=a ~b}"));
    assertEquals("line 1: the title '!!!' gives no usable question id", error("::!!!:: P {#1}"));
    assertEquals("line 1: question 'q' has no prompt", error("::q:: {#1}"));
  }
}
