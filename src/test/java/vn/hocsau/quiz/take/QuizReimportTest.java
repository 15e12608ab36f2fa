package vn.hocsau.quiz.take;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/** Editing a quiz and importing again keeps the quiz row, so learners' attempts stay. */
@QuarkusTest
class QuizReimportTest {

  @Inject CourseImporter importer;
  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject QuizService quizzes;
  @Inject ModuleQuizRepository rows;
  @Inject QuizAttemptCount attempts;

  @Test
  void anEditedQuizKeepsItsAttempts(@TempDir Path dir) throws IOException {
    samples.importAll();
    Long learner = accounts.create("learner").id;
    quizzes.submit("co-ban", "mo-dau", learner, "k", Map.of("mot", List.of("a")), Language.VI);
    ModuleQuiz before = row();

    Path copy = dir.resolve("courses");
    copyTree(SampleCourses.VALID, copy);
    Path quiz = copy.resolve("co-ban/modules/01-mo-dau/quiz.yaml");
    String yaml = Files.readString(quiz, StandardCharsets.UTF_8);
    Files.writeString(quiz, yaml.replace("\"Một?\"", "\"Một, sửa rồi?\""), StandardCharsets.UTF_8);
    try {
      importer.importFolder(copy);
      ModuleQuiz after = row();
      assertEquals(before.id, after.id);
      assertNotEquals(before.contentHash, after.contentHash);
      assertEquals(1, attempts.of(learner));
    } finally {
      importer.importFolder(SampleCourses.VALID);
    }
  }

  @Transactional
  ModuleQuiz row() {
    return rows.activeOf(samples.courseId("co-ban"), "mo-dau").orElseThrow();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
