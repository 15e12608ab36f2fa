package vn.hocsau.quiz.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.content.Changes;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.content.QuizSource;

/**
 * Stores the quizzes of a course's modules, inside the course import's transaction ({@code
 * course.importer.CourseWriter} calls it: {@code quiz} owns the quiz tables and alone writes them).
 * A quiz whose content hash is unchanged is left alone; one that left the files is kept, inactive.
 */
@ApplicationScoped
public class QuizImport {

  @Inject ModuleQuizRepository quizzes;
  @Inject Clock clock;

  /** Writes the quiz of every module of {@code modules}, keyed by course and module slug. */
  public void write(Long courseId, List<ModuleSource> modules) {
    Map<String, ModuleQuiz> existing = new HashMap<>();
    for (ModuleQuiz quiz : quizzes.ofCourse(courseId)) {
      quiz.active = false;
      existing.put(quiz.moduleSlug, quiz);
    }
    for (ModuleSource module : modules) {
      if (module.quiz().isEmpty()) {
        continue;
      }
      QuizSource source = module.quiz().get();
      ModuleQuiz quiz = existing.computeIfAbsent(module.slug(), slug -> new ModuleQuiz());
      quiz.active = true;
      if (!source.contentHash().equals(quiz.contentHash) || lacksText(quiz)) {
        quiz.courseId = courseId;
        quiz.moduleSlug = module.slug();
        quiz.sourceJson = QuizSourceJson.write(source);
        quiz.contentHash = source.contentHash();
        quiz.importedAt = clock.instant();
      }
      quizzes.persist(quiz);
    }
    quizzes.flush();
  }

  /**
   * What {@link #write} would do: module slugs whose quiz is added, changed or removed. {@code
   * courseId} is null for a course not stored yet.
   */
  public Changes plan(Long courseId, List<ModuleSource> modules) {
    Map<String, String> stored = new HashMap<>();
    if (courseId != null) {
      quizzes.ofCourse(courseId).stream()
          .filter(q -> q.active)
          .forEach(q -> stored.put(q.moduleSlug, q.contentHash));
    }
    Map<String, String> read = new LinkedHashMap<>();
    modules.forEach(m -> m.quiz().ifPresent(q -> read.put(m.slug(), q.contentHash())));
    return Changes.between(stored, read, List.of());
  }

  // Quizzes stored before the file text was kept get it at the next import, for export.
  private static boolean lacksText(ModuleQuiz quiz) {
    return quiz.sourceJson != null && QuizSourceJson.read(quiz.sourceJson).text() == null;
  }
}
