package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.system.i18n.Language;

/** The model refuses what cannot exist, with messages an importer can prefix with file:line. */
class ModelTest {

  @Test
  void localizedTextFallsBackToTheOtherLanguage() {
    BilingualText viOnly = BilingualText.only(Language.VI, "Xin chào");
    assertEquals("Xin chào", viOnly.in(Language.EN));
    assertEquals(false, viOnly.has(Language.EN));
    assertEquals("Hello", BilingualText.of("Xin chào", "Hello").in(Language.EN));
    assertEquals(BilingualText.NONE, new BilingualText(null, " "));
  }

  @Test
  void textIsStoredComposed() {
    assertEquals(BilingualText.same("Học"), BilingualText.same("Ho\u0323c"));
  }

  @Test
  void duplicateQuestionIdsAreRefused() {
    Question q = SampleQuiz.single();
    InvalidQuizException e =
        assertThrows(
            InvalidQuizException.class,
            () -> new Quiz("quiz", BilingualText.NONE, null, List.of(q, q)));
    assertEquals("duplicate question id 'activation'", e.getMessage());
  }

  @Test
  void questionsNeedAValidIdAPromptAndPositivePoints() {
    Numeric type = Numeric.absolute(1, 0);
    BilingualText prompt = BilingualText.same("?");
    assertThrows(InvalidQuizException.class, () -> new Question("", prompt, null, type));
    assertThrows(InvalidQuizException.class, () -> new Question("câu-1", prompt, null, type));
    assertThrows(
        InvalidQuizException.class, () -> new Question("q", BilingualText.NONE, null, type));
    assertThrows(InvalidQuizException.class, () -> new Question("q", prompt, null, 0, type));
    assertThrows(
        InvalidQuizException.class, () -> new Question("q", prompt, null, Double.NaN, type));
    assertEquals(1, new Question("q.1_a-b", prompt, null, type).points());
  }

  @Test
  void quizNeedsQuestions() {
    assertThrows(
        InvalidQuizException.class, () -> new Quiz("quiz", BilingualText.NONE, null, List.of()));
  }
}
