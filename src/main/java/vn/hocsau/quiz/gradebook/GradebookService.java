package vn.hocsau.quiz.gradebook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import vn.hocsau.content.QuizSettings;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.Courses;
import vn.hocsau.quiz.AttemptPolicy;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizAttempt;
import vn.hocsau.quiz.store.QuizAttemptRepository;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.system.i18n.Language;

/** Builds a learner's {@link Gradebook}: the best attempt of each quiz counts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GradebookService {

  @Inject Courses courses;
  @Inject ModuleQuizRepository quizzes;
  @Inject QuizAttemptRepository attempts;
  @Inject vn.hocsau.submission.LabGrades labs;

  /** The gradebook of {@code userId}. */
  public Gradebook of(Long userId, Language language) {
    List<Gradebook.CourseGrades> result = new ArrayList<>();
    for (Long courseId : courses.enrolledCourseIds(userId)) {
      Course course = courses.findById(courseId);
      if (course == null || !course.published) {
        continue;
      }
      result.add(grades(userId, course, language));
    }
    return new Gradebook(result);
  }

  private Gradebook.CourseGrades grades(Long userId, Course course, Language language) {
    List<Gradebook.QuizGrade> grades = new ArrayList<>();
    for (CourseModule module : courses.activeModules(course.id)) {
      quizzes
          .activeOf(course.id, module.slug)
          .ifPresent(q -> grades.add(grade(userId, course, module, q, language)));
    }
    return new Gradebook.CourseGrades(
        course.slug,
        pick(language, course.titleVi, course.titleEn),
        grades,
        labs.of(userId, course.id, course.slug, language));
  }

  private Gradebook.QuizGrade grade(
      Long userId, Course course, CourseModule module, ModuleQuiz quiz, Language language) {
    List<QuizAttempt> mine = attempts.ofUser(userId, List.of(quiz.id));
    OptionalDouble best = AttemptPolicy.bestPercent(mine.stream().map(a -> a.percent).toList());
    var source = QuizSourceJson.read(quiz.sourceJson).settings();
    AttemptPolicy policy =
        new AttemptPolicy(new QuizSettings(source.attempts(), source.passMark(), false, false));
    return new Gradebook.QuizGrade(
        "/courses/" + course.slug + "/modules/" + module.slug + "/quiz",
        pick(language, module.titleVi, module.titleEn),
        best.isPresent() ? String.format(Locale.ROOT, "%.0f%%", best.getAsDouble()) : null,
        best.isPresent() && policy.passes(best.getAsDouble()),
        mine.size());
  }

  private static String pick(Language language, String vi, String en) {
    String first = language == Language.VI ? vi : en;
    String other = language == Language.VI ? en : vi;
    return first != null && !first.isBlank() ? first : other == null ? "" : other;
  }
}
