package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.progress.Completion;
import vn.hocsau.course.progress.CompletionService;
import vn.hocsau.course.progress.LearnerState;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.system.i18n.Language;

/** The course page, and enrolment in a course. */
@ApplicationScoped
@Transactional
public class CourseService {

  @Inject CourseOutlines outlines;
  @Inject CourseRepository courses;
  @Inject ProgressService progress;
  @Inject CompletionService completions;
  @Inject CourseSteps steps;

  /** The page of a published course for this visitor; empty when there is no such course. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CoursePage> page(String slug, Language language, Optional<Long> userId) {
    return outlines.published(slug).map(o -> page(o, language, userId));
  }

  /** Enrols the learner; false when there is no such course. */
  public boolean enrol(String slug, Long userId) {
    return courses.findPublished(slug).map(c -> enrolled(c.id, userId)).orElse(false);
  }

  /** Closes the learner's enrolment, keeping its history; false when there is no such course. */
  public boolean unenrol(String slug, Long userId) {
    return courses
        .findBySlug(slug)
        .map(
            c -> {
              progress.unenrol(userId, c.id);
              return true;
            })
        .orElse(false);
  }

  private boolean enrolled(Long courseId, Long userId) {
    progress.enrol(userId, courseId);
    return true;
  }

  private CoursePage page(CourseOutline o, Language language, Optional<Long> userId) {
    LearnerState state = progress.stateOf(userId, o.id(), o.lessonIds());
    List<ModuleView> modules =
        o.modules().stream().map(m -> LearnerViews.module(m, language, state)).toList();
    String first = o.lessons().isEmpty() ? null : o.lessons().get(0).slug();
    Completion completion = completion(o, state, userId);
    return new CoursePage(
        o.slug(),
        o.title(language),
        o.summary(language),
        o.level(),
        o.minutes(),
        modules,
        prerequisites(o.id(), language, userId),
        userId.isPresent(),
        state.enrolled(),
        first,
        continueHref(o, state, completion, language),
        state.done().size(),
        o.lessons().size(),
        completion);
  }

  /**
   * Where "continue" leads: the lesson last opened, or the step after it once it is done; nowhere
   * once the course is complete, when the page offers the certificate instead.
   */
  private String continueHref(
      CourseOutline o, LearnerState state, Completion completion, Language language) {
    Optional<CourseOutline.Lesson> last = state.lastLessonId().flatMap(o::lesson);
    if (completion.completed() || last.isEmpty()) {
      return null;
    }
    String href = LearningOrder.lessonHref(o.slug(), last.get().slug());
    if (!state.done().contains(last.get().id())) {
      return href;
    }
    return steps.after(o, href, language).map(CourseStep::href).orElse(null);
  }

  private Completion completion(CourseOutline o, LearnerState state, Optional<Long> userId) {
    return completions.of(
        userId.orElse(null), courses.findById(o.id()), state.done(), o.lessonIds().size());
  }

  private List<PrerequisiteView> prerequisites(
      Long courseId, Language language, Optional<Long> userId) {
    return courses.prerequisites(courseId).stream()
        .flatMap(slug -> outlines.published(slug).stream())
        .map(p -> prerequisite(p, language, userId))
        .toList();
  }

  private PrerequisiteView prerequisite(CourseOutline p, Language language, Optional<Long> user) {
    LearnerState state = progress.stateOf(user, p.id(), p.lessonIds());
    String status =
        completion(p, state, user).completed()
            ? "done"
            : state.enrolled() ? "enrolled" : "not_started";
    return new PrerequisiteView(p.slug(), p.title(language), status);
  }
}
