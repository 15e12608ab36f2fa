package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.course.progress.LearnerState;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.course.render.LessonHtmlCache;
import vn.hocsau.course.render.RenderContext;
import vn.hocsau.system.i18n.Language;

/**
 * The lesson page: the current version rendered in the visitor's language (or the other one, said
 * so on the page), the pager and progress. Opening a lesson while signed in records it for resume.
 */
@ApplicationScoped
@Transactional
public class LessonService {

  @Inject CourseOutlines outlines;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject ProgressService progress;
  @Inject LessonHtmlCache html;
  @Inject CourseSteps steps;

  /** The page of a lesson of a published course; empty when there is no such lesson. */
  public Optional<LessonPage> open(
      String courseSlug, String lessonSlug, Language language, Optional<Long> userId) {
    Optional<CourseOutline> outline = outlines.published(courseSlug);
    Optional<CourseOutline.Lesson> lesson = outline.flatMap(o -> o.lesson(lessonSlug));
    if (lesson.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(page(outline.get(), lesson.get(), language, userId));
  }

  /**
   * Marks a lesson as done for the learner and says where to go on: the next step of the course
   * (lesson, quiz or lab), or the course page after the last one, where completion shows. Empty
   * when there is no such lesson.
   */
  public Optional<String> markDone(
      String courseSlug, String lessonSlug, Long userId, Language language) {
    Optional<CourseOutline> outline = outlines.published(courseSlug);
    Optional<CourseOutline.Lesson> lesson = outline.flatMap(o -> o.lesson(lessonSlug));
    if (lesson.isEmpty()) {
      return Optional.empty();
    }
    progress.markDone(userId, lessons.findById(lesson.get().id()));
    return Optional.of(
        steps
            .after(outline.get(), LearningOrder.lessonHref(courseSlug, lessonSlug), language)
            .map(CourseStep::href)
            .orElse("/courses/" + courseSlug));
  }

  private LessonPage page(
      CourseOutline o, CourseOutline.Lesson l, Language language, Optional<Long> userId) {
    // Opening a lesson while signed in remembers it for resume (written only when it changes).
    LearnerState state =
        userId.isPresent()
            ? progress.openLesson(userId.get(), o.id(), l.id(), o.lessonIds())
            : LearnerState.none();
    boolean inLanguage = l.writtenIn(language);
    Language shown = inLanguage ? language : other(language);
    String base = "/courses/" + o.slug() + "/assets/" + l.moduleSlug();
    // A version's Markdown never changes, so its rendering is keyed by version and read only once.
    String rendered =
        html.ofImmutable(
                l.versionId() + ":" + shown.code() + ":" + base,
                () -> markdown(versions.findById(l.versionId()), shown),
                RenderContext.lesson(base, shown.code()))
            .html();
    List<CourseOutline.Lesson> all = o.lessons();
    int index = all.indexOf(l);
    CourseOutline.Module module =
        o.modules().stream().filter(m -> m.lessons().contains(l)).findFirst().orElseThrow();
    ModuleView moduleView = LearnerViews.module(module, language, state);
    return new LessonPage(
        o.slug(),
        o.title(language),
        l.slug(),
        l.title(language),
        rendered,
        inLanguage ? "" : language.code(),
        index > 0 ? LearnerViews.link(all.get(index - 1), language, state) : null,
        steps.after(o, LearningOrder.lessonHref(o.slug(), l.slug()), language).orElse(null),
        userId.isPresent(),
        state.done().contains(l.id()),
        moduleView.title(),
        moduleView.done(),
        moduleView.total(),
        state.done().size(),
        all.size());
  }

  private static String markdown(LessonVersion v, Language language) {
    return language == Language.EN ? v.markdownEn : v.markdownVi;
  }

  private static Language other(Language language) {
    return language == Language.EN ? Language.VI : Language.EN;
  }
}
