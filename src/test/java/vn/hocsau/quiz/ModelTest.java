package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.system.i18n.Language;

/** The model refuses what cannot exist, with messages an importer can prefix with file:line. */
class ModelTest {

  @Test
  void localizedTextFallsBackToTheOtherLanguage() {
    LocalizedText viOnly = LocalizedText.only(Language.VI, "Xin chào");
    assertEquals("Xin chào", viOnly.in(Language.EN));
    assertEquals(false, viOnly.has(Language.EN));
    assertEquals("Hello", LocalizedText.of("Xin chào", "Hello").in(Language.EN));
    assertEquals(LocalizedText.NONE, new LocalizedText(null, " "));
  }

  @Test
  void textIsStoredComposed() {
    assertEquals(LocalizedText.same("Học"), LocalizedText.same("Ho\u0323c"));
  }

  @Test
  void duplicateQuestionIdsAreRefused() {
    Question q = SampleQuiz.single();
    InvalidQuizException e =
        assertThrows(
            InvalidQuizException.class,
            () -> new Quiz("quiz", LocalizedText.NONE, null, List.of(q, q)));
    assertEquals("duplicate question id 'activation'", e.getMessage());
  }

  @Test
  void questionsNeedAValidIdAPromptAndPositivePoints() {
    Numeric type = Numeric.absolute(1, 0);
    LocalizedText prompt = LocalizedText.same("?");
    assertThrows(InvalidQuizException.class, () -> new Question("", prompt, null, type));
    assertThrows(InvalidQuizException.class, () -> new Question("câu-1", prompt, null, type));
    assertThrows(
        InvalidQuizException.class, () -> new Question("q", LocalizedText.NONE, null, type));
    assertThrows(InvalidQuizException.class, () -> new Question("q", prompt, null, 0, type));
    assertThrows(
        InvalidQuizException.class, () -> new Question("q", prompt, null, Double.NaN, type));
    assertEquals(1, new Question("q.1_a-b", prompt, null, type).points());
  }

  @Test
  void quizNeedsQuestions() {
    assertThrows(
        InvalidQuizException.class, () -> new Quiz("quiz", LocalizedText.NONE, null, List.of()));
  }
}
