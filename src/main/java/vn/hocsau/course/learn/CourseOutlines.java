package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.quiz.store.ModuleQuizzes;
import vn.hocsau.submission.LabService;
import vn.hocsau.submission.LabSummary;
import vn.hocsau.system.i18n.Language;

/**
 * The outlines of published courses, kept in memory per replica and checked on every use against
 * {@code course.content_version} (V60), which triggers move with any change to the course, its
 * modules, lessons, quizzes or labs. A page view therefore costs one indexed read of two numbers
 * instead of the five queries that build an outline (and loading every lesson's Markdown), and an
 * edit made through any replica shows on the next view everywhere. Entries exist only for courses
 * found published, so the map is bounded by the catalog.
 */
@ApplicationScoped
class CourseOutlines {

  @Inject EntityManager em;
  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject ModuleQuizzes quizzes;
  @Inject LabService labs;

  /** An outline, the version it was built at, and the course's labs per page language. */
  private record Entry(long version, CourseOutline outline, Map<Language, List<LabSummary>> labs) {}

  private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();

  /** The published course with this slug. */
  Optional<CourseOutline> published(String slug) {
    Object[] stamp = stamp(slug);
    if (stamp == null) {
      return Optional.empty();
    }
    long id = ((Number) stamp[0]).longValue();
    long version = ((Number) stamp[1]).longValue();
    Entry hit = bySlug.get(slug);
    if (hit != null && hit.version() == version && hit.outline().id() == id) {
      return Optional.of(hit.outline());
    }
    // Built after the stamp was read, so never older than the version it is filed under.
    CourseOutline outline = outline(id);
    bySlug.put(slug, new Entry(version, outline, new ConcurrentHashMap<>()));
    return Optional.of(outline);
  }

  /**
   * The published labs of the course of {@code o} in {@code language}: kept with the outline when
   * {@code o} is the one held, read afresh otherwise.
   */
  List<LabSummary> labs(CourseOutline o, Language language) {
    Entry held = bySlug.get(o.slug());
    if (held == null || held.outline() != o) {
      return labs.ofCourse(o.slug(), language);
    }
    return held.labs().computeIfAbsent(language, l -> labs.ofCourse(o.slug(), l));
  }

  private Object[] stamp(String slug) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, content_version FROM course WHERE slug = ?1 AND published",
                Object[].class)
            .setParameter(1, slug)
            .getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  private CourseOutline outline(long courseId) {
    var c = courses.findById(courseId);
    List<Lesson> all = lessons.activeOfCourse(c.id);
    Map<Long, LessonVersion> byId =
        versions.byIds(all.stream().map(l -> l.currentVersionId).toList()).stream()
            .collect(Collectors.toMap(v -> v.id, Function.identity()));
    Set<String> withQuiz =
        quizzes.ofCourse(c.id).stream()
            .filter(q -> q.active)
            .map(q -> q.moduleSlug)
            .collect(Collectors.toSet());
    List<CourseOutline.Module> result = new ArrayList<>();
    for (CourseModule m : modules.activeOfCourse(c.id)) {
      List<CourseOutline.Lesson> inModule =
          all.stream()
              .filter(l -> l.moduleId.equals(m.id))
              .map(l -> lesson(l, m.slug, byId.get(l.currentVersionId)))
              .toList();
      result.add(
          new CourseOutline.Module(
              m.id, m.slug, m.titleVi, m.titleEn, inModule, withQuiz.contains(m.slug)));
    }
    return new CourseOutline(
        c.id, c.slug, c.titleVi, c.titleEn, c.summaryVi, c.summaryEn, c.level, c.minutes, result);
  }

  private static CourseOutline.Lesson lesson(Lesson l, String moduleSlug, LessonVersion v) {
    return new CourseOutline.Lesson(
        l.id,
        l.slug,
        moduleSlug,
        v.titleVi,
        v.titleEn,
        v.minutes,
        v.id,
        v.markdownVi != null,
        v.markdownEn != null);
  }
}
