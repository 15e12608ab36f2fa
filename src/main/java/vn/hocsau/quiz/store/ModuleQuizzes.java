package vn.hocsau.quiz.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Module quizzes and their attempts as other features read them (the course page, completion, the
 * dashboard, the export). {@code quiz} owns the quiz tables; the course import writes them through
 * {@link QuizImport}.
 */
@ApplicationScoped
public class ModuleQuizzes {

  @Inject ModuleQuizRepository quizzes;
  @Inject QuizAttemptRepository attempts;

  /** Every quiz of the course, active or not. */
  public List<ModuleQuiz> ofCourse(Long courseId) {
    return quizzes.ofCourse(courseId);
  }

  /** The active quiz of the module. */
  public Optional<ModuleQuiz> activeOf(Long courseId, String moduleSlug) {
    return quizzes.activeOf(courseId, moduleSlug);
  }

  /** The learner's attempts at these quizzes. */
  public List<QuizAttempt> attemptsOf(Long userId, List<Long> quizIds) {
    return attempts.ofUser(userId, quizIds);
  }
}
