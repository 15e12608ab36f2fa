package vn.hocsau.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.content.QuizSource;
import vn.hocsau.content.ReadResult;
import vn.hocsau.quiz.LocalizedText;
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
        Quiz quiz = QuizFromSource.map(module.slug(), LocalizedText.same("t"), back);
        assertEquals(QuizFromSource.map(module.slug(), LocalizedText.same("t"), source), quiz);
        quiz.questions().stream().map(Question::type).forEach(t -> types.add(t.code()));
        quizzes++;
      }
    }
    assertFalse(quizzes == 0, "no quiz in courses/");
    assertEquals(Set.of("single", "multi", "numeric", "text", "ordering"), types);
  }
}
