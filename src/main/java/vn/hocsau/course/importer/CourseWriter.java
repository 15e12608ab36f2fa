package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.LessonSource;
import vn.hocsau.content.LessonText;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.progress.RequiredAssessments;
import vn.hocsau.course.render.LessonRenderer;
import vn.hocsau.quiz.store.QuizImport;
import vn.hocsau.system.i18n.Language;

/**
 * Stores one validated course in one transaction: the course row, its modules, prerequisites and
 * search columns, then its lessons through {@link LessonWriter} and quizzes through {@link
 * vn.hocsau.quiz.store.QuizImport}. Nothing is written when the course fingerprint is already
 * stored.
 */
@ApplicationScoped
public class CourseWriter {

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonWriter lessons;
  @Inject QuizImport quizzes;
  @Inject LessonRenderer renderer;
  @Inject Clock clock;

  /**
   * Writes {@code source}, read from the courses folder {@code root}; the whole course or nothing.
   * Files win over site edits: a course whose files differ from what is stored is written again,
   * and its "edited on the site" mark is cleared. A course that was unpublished because its folder
   * had gone is published again.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportOutcome write(CourseSource source, String root) {
    return store(source, root, null);
  }

  /**
   * Writes a course as edited on the site by {@code editorId}: like an import, but the course keeps
   * its folder and is marked as having edits that are not exported yet.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportOutcome writeEdit(CourseSource source, Long editorId) {
    Course stored = courses.findBySlug(source.slug()).orElseThrow();
    ImportOutcome outcome = store(source, stored.sourceRoot, editorId);
    if (outcome != ImportOutcome.UNCHANGED) {
      courses.findBySlug(source.slug()).orElseThrow().siteEditedAt = clock.instant();
    }
    return outcome;
  }

  private ImportOutcome store(CourseSource source, String root, Long editorId) {
    String fingerprint = CourseFingerprint.of(source);
    courses.lockSlug(source.slug());
    Course course = courses.findBySlug(source.slug()).orElse(null);
    boolean created = course == null;
    if (!created && fingerprint.equals(course.contentHash)) {
      course.sourceRoot = root;
      if (course.published) {
        return ImportOutcome.UNCHANGED;
      }
      course.published = true;
      return ImportOutcome.UPDATED;
    }
    if (created) {
      course = new Course();
      course.slug = source.slug();
    }
    course.titleVi = source.title().written(Language.VI).orElse(null);
    course.titleEn = source.title().written(Language.EN).orElse(null);
    course.summaryVi = source.summary().written(Language.VI).orElse(null);
    course.summaryEn = source.summary().written(Language.EN).orElse(null);
    course.level = source.level().code();
    course.minutes = source.lessons().stream().mapToInt(CourseWriter::minutes).sum();
    course.completionRule = source.completion().kind().code();
    course.completionMinQuizScore =
        source.completion().minQuizScore().isPresent()
            ? source.completion().minQuizScore().getAsInt()
            : null;
    course.completionVersion = source.completion().version();
    course.completionRequirements =
        RequiredAssessments.of(source.completion()).map(RequiredAssessments::write).orElse(null);
    course.contentHash = fingerprint;
    course.importedAt = clock.instant();
    course.sourceRoot = root;
    course.published = true;
    course.siteEditedAt = null;
    courses.persist(course);
    courses.flush();
    lessons.write(course.id, source, writeModules(course.id, source.modules()), editorId);
    quizzes.write(course.id, source.modules());
    courses.replacePrerequisites(course.id, source.prerequisites());
    courses.updateSearch(
        course.id, source.tags(), languages(source), titles(source), document(source));
    return created ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
  }

  /**
   * Unpublishes the courses last imported from {@code root} that are not among {@code present} (the
   * course folders found there now); returns their slugs.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> unpublishMissing(String root, List<String> present) {
    return courses.unpublishMissing(root, present);
  }

  /** The reading time of a lesson: the longer of its language versions. */
  static int minutes(LessonSource lesson) {
    return lesson.texts().values().stream().mapToInt(LessonText::minutes).max().orElse(0);
  }

  private Map<String, Long> writeModules(Long courseId, List<ModuleSource> sources) {
    Map<String, CourseModule> existing = new HashMap<>();
    for (CourseModule m : modules.ofCourse(courseId)) {
      m.active = false;
      existing.put(m.slug, m);
    }
    List<CourseModule> written = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      ModuleSource source = sources.get(i);
      CourseModule module = existing.computeIfAbsent(source.slug(), slug -> new CourseModule());
      module.courseId = courseId;
      module.slug = source.slug();
      module.position = i;
      module.titleVi = source.title().written(Language.VI).orElse(null);
      module.titleEn = source.title().written(Language.EN).orElse(null);
      module.active = true;
      modules.persist(module);
      written.add(module);
    }
    modules.flush();
    Map<String, Long> ids = new HashMap<>();
    written.forEach(m -> ids.put(m.slug, m.id));
    return ids;
  }

  private static List<String> languages(CourseSource source) {
    Set<Language> found = new TreeSet<>();
    source.lessons().forEach(l -> found.addAll(l.languages()));
    return found.stream().map(Language::code).toList();
  }

  private static String titles(CourseSource source) {
    List<String> parts = new ArrayList<>(source.title().texts().values());
    parts.addAll(source.summary().texts().values());
    return String.join(" ", parts);
  }

  private String document(CourseSource source) {
    StringBuilder doc = new StringBuilder(titles(source));
    doc.append(' ').append(String.join(" ", source.tags()));
    for (LessonSource lesson : source.lessons()) {
      for (LessonText text : lesson.texts().values()) {
        doc.append(' ')
            .append(text.title())
            .append(' ')
            .append(renderer.plainText(text.markdown()));
      }
    }
    return doc.toString();
  }
}
