package vn.hocsau.course.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocsau.content.CompletionRule;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizzes;
import vn.hocsau.quiz.store.QuizAttempt;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.submission.LabGrades;

/**
 * Applies a course's completion rule ({@code completion:} in course.yaml) to one learner: lessons
 * done, and the required assessments. With {@code lessons-and-quizzes} and no named assessments,
 * every active quiz (its best score reaching the rule's {@code min_quiz_score}, or the quiz's own
 * pass mark) and every graded lab (kind {@code lab} with a pass mark, once its pass is recorded) is
 * required. A rule that names {@code quizzes} and {@code labs} requires exactly those, each quiz
 * with its own {@code min_score} when given.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionService {

  // Percents are computed in floating point; 59.999999 must count as 60, as the grader does.
  private static final double EPSILON = 1e-9;

  @Inject ModuleQuizzes quizzes;
  @Inject CourseModuleRepository modules;
  @Inject LabGrades labs;

  /** Where {@code userId} stands in {@code course}, given the lessons done among its lessons. */
  public Completion of(Long userId, Course course, Set<Long> lessonsDone, int lessonCount) {
    List<Requirement> required = requirements(userId, course);
    boolean countsQuizzes =
        CompletionRule.Kind.LESSONS_AND_QUIZZES.code().equals(course.completionRule)
            || !required.isEmpty();
    int quizScore = course.completionMinQuizScore == null ? -1 : course.completionMinQuizScore;
    return Completion.of(
            lessonsDone.size(),
            lessonCount,
            countsQuizzes,
            count(required, Requirement.Kind.QUIZ, true),
            count(required, Requirement.Kind.QUIZ, false),
            quizScore,
            count(required, Requirement.Kind.LAB, true),
            count(required, Requirement.Kind.LAB, false))
        .withRequirements(
            required, RequiredAssessments.read(course.completionRequirements).isPresent());
  }

  /** The assessments the course's rule requires, and where {@code userId} (or nobody) stands. */
  public List<Requirement> requirements(Long userId, Course course) {
    Optional<RequiredAssessments> named = RequiredAssessments.read(course.completionRequirements);
    boolean all = CompletionRule.Kind.LESSONS_AND_QUIZZES.code().equals(course.completionRule);
    if (named.isEmpty() && !all) {
      return List.of();
    }
    List<ModuleQuiz> active = quizzes.ofCourse(course.id).stream().filter(q -> q.active).toList();
    Map<String, ModuleQuiz> bySlug =
        active.stream().collect(Collectors.toMap(q -> q.moduleSlug, Function.identity()));
    Map<String, CourseModule> moduleBySlug =
        modules.ofCourse(course.id).stream()
            .collect(Collectors.toMap(m -> m.slug, Function.identity(), (a, b) -> a));
    Map<Long, List<QuizAttempt>> tries = attemptsOf(userId, active);
    List<Requirement> result = new ArrayList<>();
    List<RequiredAssessments.Quiz> wanted =
        named.map(RequiredAssessments::quizzes).orElseGet(() -> everyQuiz(active, moduleBySlug));
    for (RequiredAssessments.Quiz q : wanted) {
      result.add(quiz(course, q, bySlug.get(q.module()), moduleBySlug.get(q.module()), tries));
    }
    Map<String, LabGrades.GradedLab> graded =
        labs.graded(userId, course.id).stream()
            .collect(Collectors.toMap(LabGrades.GradedLab::slug, Function.identity()));
    List<String> wantedLabs =
        named.map(RequiredAssessments::labs).orElseGet(() -> List.copyOf(graded.keySet()));
    wantedLabs.stream()
        .sorted(named.isPresent() ? (a, b) -> 0 : Comparator.naturalOrder())
        .forEach(slug -> result.add(lab(slug, graded.get(slug))));
    return result;
  }

  private static List<RequiredAssessments.Quiz> everyQuiz(
      List<ModuleQuiz> active, Map<String, CourseModule> moduleBySlug) {
    return active.stream()
        .sorted(
            Comparator.comparing(
                (ModuleQuiz q) ->
                    moduleBySlug.containsKey(q.moduleSlug)
                        ? moduleBySlug.get(q.moduleSlug).position
                        : Integer.MAX_VALUE))
        .map(q -> new RequiredAssessments.Quiz(q.moduleSlug, null))
        .toList();
  }

  private Map<Long, List<QuizAttempt>> attemptsOf(Long userId, List<ModuleQuiz> active) {
    Map<Long, List<QuizAttempt>> tries = new HashMap<>();
    if (userId != null && !active.isEmpty()) {
      for (QuizAttempt a : quizzes.attemptsOf(userId, active.stream().map(q -> q.id).toList())) {
        tries.computeIfAbsent(a.quizId, id -> new ArrayList<>()).add(a);
      }
    }
    return tries;
  }

  private static Requirement quiz(
      Course course,
      RequiredAssessments.Quiz wanted,
      ModuleQuiz quiz,
      CourseModule module,
      Map<Long, List<QuizAttempt>> tries) {
    String vi = module == null ? null : module.titleVi;
    String en = module == null ? null : module.titleEn;
    if (quiz == null) {
      // The quiz left the files since: nobody can pass it, and the page says so.
      double min = wanted.minScore() == null ? 100 : wanted.minScore();
      return new Requirement(
          Requirement.Kind.QUIZ, wanted.module(), vi, en, min, null, null, null, false);
    }
    double min = threshold(course, wanted, quiz);
    Optional<QuizAttempt> best =
        tries.getOrDefault(quiz.id, List.of()).stream()
            .max(
                Comparator.comparingDouble((QuizAttempt a) -> a.percent)
                    .thenComparing(a -> a.createdAt, Comparator.reverseOrder()));
    return new Requirement(
        Requirement.Kind.QUIZ,
        wanted.module(),
        vi,
        en,
        min,
        best.map(a -> a.percent).orElse(null),
        best.map(a -> a.createdAt).orElse(null),
        null,
        best.isPresent() && best.get().percent + EPSILON >= min);
  }

  private static Requirement lab(String slug, LabGrades.GradedLab lab) {
    if (lab == null) {
      return new Requirement(Requirement.Kind.LAB, slug, null, null, 0, null, null, null, false);
    }
    return new Requirement(
        Requirement.Kind.LAB,
        slug,
        lab.titleVi(),
        lab.titleEn(),
        lab.passMark(),
        lab.bestScore(),
        lab.passedAt(),
        lab.metric(),
        lab.passed());
  }

  private static int count(List<Requirement> required, Requirement.Kind kind, boolean metOnly) {
    return (int) required.stream().filter(r -> r.kind() == kind && (!metOnly || r.met())).count();
  }

  private static double threshold(Course course, RequiredAssessments.Quiz wanted, ModuleQuiz quiz) {
    if (wanted.minScore() != null) {
      return wanted.minScore();
    }
    if (course.completionMinQuizScore != null) {
      return course.completionMinQuizScore;
    }
    return QuizSourceJson.read(quiz.sourceJson).settings().passMark();
  }
}
