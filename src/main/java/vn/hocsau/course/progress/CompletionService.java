package vn.hocsau.course.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocsau.course.Course;
import vn.hocsau.course.content.CompletionRule;
import vn.hocsau.quiz.AttemptPolicy;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizAttempt;
import vn.hocsau.quiz.store.QuizAttemptRepository;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.submission.LabGrades;

/**
 * Applies a course's completion rule ({@code completion:} in course.yaml) to one learner: lessons
 * done, and with {@code lessons-and-quizzes} the active quizzes whose best score reaches the rule's
 * {@code min_quiz_score}, or each quiz's own pass mark when the rule names none; graded labs (kind
 * {@code lab} with a pass mark) count with the quizzes, once their pass is recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionService {

  // Percents are computed in floating point; 59.999999 must count as 60, as the grader does.
  private static final double EPSILON = 1e-9;

  @Inject ModuleQuizRepository quizzes;
  @Inject QuizAttemptRepository attempts;
  @Inject LabGrades labs;

  /** Where {@code userId} stands in {@code course}, given the lessons done among its lessons. */
  public Completion of(Long userId, Course course, Set<Long> lessonsDone, int lessonCount) {
    boolean countsQuizzes =
        CompletionRule.Kind.LESSONS_AND_QUIZZES.code().equals(course.completionRule);
    List<ModuleQuiz> active = quizzes.ofCourse(course.id).stream().filter(q -> q.active).toList();
    int passed = 0;
    if (countsQuizzes && userId != null && !active.isEmpty()) {
      Map<Long, List<Double>> percents = new HashMap<>();
      for (QuizAttempt a : attempts.ofUser(userId, active.stream().map(q -> q.id).toList())) {
        percents.computeIfAbsent(a.quizId, id -> new ArrayList<>()).add(a.percent);
      }
      for (ModuleQuiz quiz : active) {
        var best = AttemptPolicy.bestPercent(percents.getOrDefault(quiz.id, List.of()));
        if (best.isPresent() && best.getAsDouble() + EPSILON >= threshold(course, quiz)) {
          passed++;
        }
      }
    }
    int quizScore = course.completionMinQuizScore == null ? -1 : course.completionMinQuizScore;
    int labsTotal = countsQuizzes ? (int) labs.gradedCount(course.id) : 0;
    int labsPassed =
        countsQuizzes && userId != null && labsTotal > 0
            ? (int) labs.passedCount(userId, course.id)
            : 0;
    return Completion.of(
        lessonsDone.size(),
        lessonCount,
        countsQuizzes,
        passed,
        countsQuizzes ? active.size() : 0,
        quizScore,
        labsPassed,
        labsTotal);
  }

  private static double threshold(Course course, ModuleQuiz quiz) {
    if (course.completionMinQuizScore != null) {
      return course.completionMinQuizScore;
    }
    return QuizSourceJson.read(quiz.sourceJson).settings().passMark();
  }
}
