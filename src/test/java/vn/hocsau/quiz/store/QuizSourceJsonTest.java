package vn.hocsau.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.hocsau.system.i18n.Language.EN;
import static vn.hocsau.system.i18n.Language.VI;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.content.QuizSettings;
import vn.hocsau.content.QuizSource;
import vn.hocsau.content.ReadResult;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.Quiz;

/** Every quiz of {@code courses/} survives the trip through JSON and maps to the same quiz. */
class QuizSourceJsonTest {

  @Test
  void realQuizzesRoundTripAndMapWithEveryQuestionType() {
    ReadResult read = CoursesReader.read(Path.of("courses"));
    Set<String> types = new HashSet<>();
    int quizzes = 0;
    for (var course : read.courses()) {
      for (ModuleSource module : course.modules()) {
        if (module.quiz().isEmpty()) {
          continue;
        }
        QuizSource source = module.quiz().get();
        QuizSource back = QuizSourceJson.read(QuizSourceJson.write(source));
        assertEquals(source, back, source.path());
        Quiz quiz = QuizFromSource.map(module.slug(), BilingualText.same("t"), back);
        assertEquals(QuizFromSource.map(module.slug(), BilingualText.same("t"), source), quiz);
        quiz.questions().stream().map(Question::type).forEach(t -> types.add(t.code()));
        quizzes++;
      }
    }
    assertFalse(quizzes == 0, "no quiz in courses/");
    assertEquals(Set.of("single", "multi", "numeric", "text", "ordering"), types);
  }

  /**
   * Quizzes stay stored as the JSON of their import until their file changes, so JSON written by an
   * earlier version (here: before the quiz settings and the bilingual texts were merged) must read.
   */
  @Test
  void quizzesStoredByAnEarlierVersionStillRead() throws IOException {
    String json = Files.readString(Path.of("src/test/resources/stored/quiz-source-v1.json"));
    QuizSource source = QuizSourceJson.read(json);
    assertEquals(new QuizSettings(OptionalInt.empty(), 60, true, true), source.settings());
    QuestionSource first = source.questions().get(0);
    assertEquals("Độ lệch (bias) $b$ trong một nơ-ron dùng để làm gì?", first.prompt().in(VI));
    assertEquals("What is the bias $b$ of a neuron for?", first.prompt().in(EN));
    Quiz quiz = QuizFromSource.map("m", BilingualText.same("t"), source);
    assertEquals(6, quiz.questions().size());
    assertEquals(60, quiz.settings().passMark());
    // Written again, it has the same form, but for the pass mark, now a percent with a fraction.
    assertEquals(
        json.replace("\"passMark\":60,", "\"passMark\":60.0,"), QuizSourceJson.write(source));
  }
}
