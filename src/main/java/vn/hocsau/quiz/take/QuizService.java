package vn.hocsau.quiz.take;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.Courses;
import vn.hocsau.quiz.AttemptPolicy;
import vn.hocsau.quiz.GradedAttempt;
import vn.hocsau.quiz.Grader;
import vn.hocsau.quiz.Quiz;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizAttempt;
import vn.hocsau.quiz.store.QuizAttemptRepository;
import vn.hocsau.quiz.store.QuizFromSource;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.system.i18n.Language;

/**
 * Taking a module's quiz: showing it, and grading and recording a submission once per submission
 * key, within the attempts allowed.
 */
@ApplicationScoped
@Transactional
public class QuizService {

  @Inject Courses courses;
  @Inject ModuleQuizRepository quizzes;
  @Inject QuizAttemptRepository attempts;
  @Inject QuizPages pages;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<vn.hocsau.quiz.QuizAttemptRecorded> attemptRecorded;

  private final Grader grader = new Grader();

  /**
   * The quiz of a module; empty when there is no such quiz. A finished quiz (no attempts left, or
   * passed) shows the attempt that counts, graded, unless the learner asks {@code again} for a
   * fresh form while attempts remain.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<QuizPage> show(
      String slug, String moduleSlug, Long userId, boolean again, Language language) {
    return load(slug, moduleSlug)
        .map(
            l -> {
              int used = attempts.countOf(userId, l.row.id);
              Optional<QuizAttempt> counting = counting(userId, l.row.id);
              boolean mayStart = AttemptPolicy.of(l.quiz).mayStartAnother(used);
              if (counting.isPresent() && (!mayStart || (counting.get().passed && !again))) {
                return result(l, userId, counting.get(), true, language);
              }
              return pages.form(l, used, best(userId, l.row.id), Map.of(), language);
            });
  }

  /**
   * Grades and records a submission. A key already recorded gives back that attempt; unreadable
   * answers give the form again with the problems, and use no attempt.
   */
  public Optional<QuizPage> submit(
      String slug,
      String moduleSlug,
      Long userId,
      String key,
      Map<String, List<String>> form,
      Language language) {
    Optional<Loaded> found = load(slug, moduleSlug);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Loaded l = found.get();
    attempts.lock(userId, l.row.id);
    Optional<QuizAttempt> recorded = attempts.bySubmission(userId, l.row.id, key);
    if (recorded.isPresent()) {
      return Optional.of(result(l, userId, recorded.get(), false, language));
    }
    int used = attempts.countOf(userId, l.row.id);
    AttemptPolicy policy = AttemptPolicy.of(l.quiz);
    Map<String, List<String>> answers = answersOnly(l.quiz, form);
    if (!policy.mayStartAnother(used)) {
      return Optional.of(pages.form(l, used, best(userId, l.row.id), Map.of(), language));
    }
    GradedAttempt graded = grader.grade(l.quiz, AnswersJson.answers(l.quiz, answers));
    if (graded.hasProblems()) {
      return Optional.of(
          pages.withProblems(l, used, best(userId, l.row.id), answers, key, graded, language));
    }
    QuizAttempt attempt = new QuizAttempt();
    attempt.userId = userId;
    attempt.quizId = l.row.id;
    attempt.attemptNumber = used + 1;
    attempt.submissionKey = key;
    attempt.answersJson = AnswersJson.write(answers);
    attempt.scoresJson = AnswersJson.scores(graded);
    attempt.score = graded.score();
    attempt.percent = graded.percent();
    attempt.passed = graded.passed();
    attempt.createdAt = clock.instant();
    QuizAttempt stored = attempts.recordOnce(attempt);
    attemptRecorded.fire(new vn.hocsau.quiz.QuizAttemptRecorded(userId, l.course.id, moduleSlug));
    return Optional.of(result(l, userId, stored, false, language));
  }

  private QuizPage result(
      Loaded l, Long userId, QuizAttempt attempt, boolean review, Language language) {
    int used = attempts.countOf(userId, l.row.id);
    Map<String, List<String>> answers = AnswersJson.read(attempt.answersJson);
    GradedAttempt graded = grader.grade(l.quiz, AnswersJson.answers(l.quiz, answers));
    return pages.graded(
        l, used, best(userId, l.row.id), attempt.attemptNumber, answers, graded, review, language);
  }

  /** The attempt that counts: the best stored percent, the earliest of equals. */
  private Optional<QuizAttempt> counting(Long userId, Long quizId) {
    return attempts.ofUser(userId, List.of(quizId)).stream()
        .min(
            Comparator.comparingDouble((QuizAttempt a) -> a.percent)
                .reversed()
                .thenComparingInt(a -> a.attemptNumber));
  }

  private Double best(Long userId, Long quizId) {
    return AttemptPolicy.bestPercent(
            attempts.ofUser(userId, List.of(quizId)).stream().map(a -> a.percent).toList())
        .stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  private static Map<String, List<String>> answersOnly(Quiz quiz, Map<String, List<String>> form) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    quiz.questions().forEach(q -> answers.put(q.id(), form.getOrDefault(q.id(), List.of())));
    return answers;
  }

  private Optional<Loaded> load(String slug, String moduleSlug) {
    Optional<Course> course = courses.findPublished(slug);
    if (course.isEmpty()) {
      return Optional.empty();
    }
    Optional<CourseModule> module =
        courses.activeModules(course.get().id).stream()
            .filter(m -> m.slug.equals(moduleSlug))
            .findFirst();
    Optional<ModuleQuiz> row = quizzes.activeOf(course.get().id, moduleSlug);
    if (module.isEmpty() || row.isEmpty()) {
      return Optional.empty();
    }
    CourseModule m = module.get();
    BilingualText title = BilingualText.of(m.titleVi, m.titleEn).filled();
    Quiz quiz = QuizFromSource.map(moduleSlug, title, QuizSourceJson.read(row.get().sourceJson));
    return Optional.of(new Loaded(course.get(), row.get(), quiz));
  }

  /** A stored quiz with its course, ready to grade. */
  record Loaded(Course course, ModuleQuiz row, Quiz quiz) {

    String courseTitle(Language language) {
      return BilingualText.of(course.titleVi, course.titleEn).in(language);
    }
  }

  /** A new random submission key for a form. */
  static String newKey() {
    return UUID.randomUUID().toString();
  }
}
