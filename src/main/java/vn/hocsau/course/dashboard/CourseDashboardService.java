package vn.hocsau.course.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.content.QuizSource;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.quiz.stats.ItemStatistics;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizzes;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.system.i18n.Language;

/**
 * Builds the instructor's course dashboard: enrolments per week, a completion funnel per module,
 * and item analysis (facility, point-biserial discrimination, flags) of every quiz question.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseDashboardService {

  /** At most this many weeks are charted, the latest ones. */
  static final int MAX_WEEKS = 26;

  /** Chart units per week: a 16-unit bar and a gap. */
  private static final int BAR = 20;

  /** A chart is at least this many weeks wide, so one week is one narrow bar, not a block. */
  static final int MIN_CHART_WEEKS = 12;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject ModuleQuizzes quizzes;
  @Inject DashboardQueries queries;
  @Inject Clock clock;

  /** The dashboard of course {@code slug}, published or not. */
  public Optional<Dashboard> of(String slug, Language language) {
    return courses.findBySlug(slug).map(c -> dashboard(c, language));
  }

  private Dashboard dashboard(Course c, Language language) {
    List<Dashboard.Week> weeks = weeks(queries.enrolmentsPerWeek(c.id));
    List<Lesson> active = lessons.activeOfCourse(c.id);
    List<Dashboard.ModuleFunnel> funnel = new ArrayList<>();
    List<Dashboard.QuizStats> stats = new ArrayList<>();
    for (CourseModule m : modules.activeOfCourse(c.id)) {
      String title = BilingualText.of(m.titleVi, m.titleEn).in(language);
      List<Long> ids = active.stream().filter(l -> l.moduleId.equals(m.id)).map(l -> l.id).toList();
      Map<Long, Long> done = queries.lessonsDone(ids);
      long finished = done.values().stream().filter(n -> n >= ids.size() && !ids.isEmpty()).count();
      Optional<ModuleQuiz> quiz = quizzes.activeOf(c.id, m.slug);
      funnel.add(
          new Dashboard.ModuleFunnel(
              title, done.size(), finished, quiz.map(q -> queries.passedQuiz(q.id)).orElse(-1L)));
      quiz.ifPresent(q -> stats.add(quizStats(title, q, language)));
    }
    return new Dashboard(
        c.slug,
        BilingualText.of(c.titleVi, c.titleEn).in(language),
        queries.learners(c.id),
        weeks,
        Math.max(weeks.size(), MIN_CHART_WEEKS) * BAR,
        funnel,
        stats);
  }

  /** Every week from the first enrolment to this week, at most {@link #MAX_WEEKS}, gaps as 0. */
  List<Dashboard.Week> weeks(Map<LocalDate, Long> counts) {
    if (counts.isEmpty()) {
      return List.of();
    }
    LocalDate thisWeek =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = counts.keySet().iterator().next();
    LocalDate earliest = thisWeek.minusWeeks(MAX_WEEKS - 1);
    LocalDate week = first.isBefore(earliest) ? earliest : first;
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<Dashboard.Week> weeks = new ArrayList<>();
    for (int i = 0; !week.isAfter(thisWeek); week = week.plusWeeks(1), i++) {
      long n = counts.getOrDefault(week, 0L);
      int height = (int) Math.round(n * 100.0 / Math.max(1, max));
      weeks.add(new Dashboard.Week(week.toString(), n, i * BAR + 2, 100 - height, height));
    }
    return weeks;
  }

  private Dashboard.QuizStats quizStats(String module, ModuleQuiz quiz, Language language) {
    QuizSource source = QuizSourceJson.read(quiz.sourceJson);
    List<Map<String, Double>> attempts =
        queries.firstAttemptScores(quiz.id).stream().map(CourseDashboardService::scores).toList();
    List<Double> totals =
        attempts.stream()
            .map(a -> a.values().stream().mapToDouble(Double::doubleValue).sum())
            .toList();
    List<Dashboard.QuestionStats> questions = new ArrayList<>();
    for (QuestionSource q : source.questions()) {
      List<Double> item =
          attempts.stream().map(a -> a.getOrDefault(q.id(), 0.0) / q.points()).toList();
      ItemStatistics s = ItemStatistics.of(item, totals);
      questions.add(
          new Dashboard.QuestionStats(
              q.id(),
              q.prompt().in(language),
              q.type().name().toLowerCase(Locale.ROOT),
              attempts.isEmpty() ? null : format(s.facility()),
              s.discrimination().isPresent() ? format(s.discrimination().getAsDouble()) : null,
              s.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
    return new Dashboard.QuizStats(module, attempts.size(), questions);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static Map<String, Double> scores(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Double>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored scores cannot be read", e);
    }
  }
}
