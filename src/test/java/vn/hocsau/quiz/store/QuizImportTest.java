package vn.hocsau.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/** Quizzes are stored at import, once: importing again changes no row. */
@QuarkusTest
class QuizImportTest {

  @Inject SampleCourses samples;
  @Inject ModuleQuizRepository quizzes;

  @Test
  void importStoresEachModulesQuizOnce() {
    samples.importAll();
    List<String> first = rows();
    samples.importAll();
    assertEquals(first, rows());
    ModuleQuiz quiz = quiz("co-ban", "mo-dau");
    assertEquals(5, QuizSourceJson.read(quiz.sourceJson).questions().size());
  }

  @Transactional
  List<String> rows() {
    return quizzes.listAll().stream()
        .map(q -> q.id + ":" + q.moduleSlug + ":" + q.contentHash + ":" + q.importedAt)
        .sorted()
        .toList();
  }

  @Transactional
  ModuleQuiz quiz(String course, String module) {
    return quizzes.activeOf(samples.courseId(course), module).orElseThrow();
  }
}
