package vn.hocsau.course.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.LearningPathSource;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.progress.Completion;
import vn.hocsau.course.progress.CompletionService;
import vn.hocsau.course.progress.LearnerState;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.system.i18n.Language;

/**
 * Builds the learning path page: every stage with its courses, and for a signed-in learner where
 * they stand in each course by its completion rule. The course suggested next is the first course
 * of the path, in order, that is available and not completed yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearningPathService {

  @Inject LearningPathRepository paths;
  @Inject CourseRepository courses;
  @Inject LessonRepository lessons;
  @Inject ProgressService progress;
  @Inject CompletionService completions;

  /** The page for this visitor. */
  public PathPage page(Language language, Optional<Long> userId) {
    Optional<LearningPathSource> path = paths.current();
    if (path.isEmpty()) {
      return new PathPage(false, userId.isPresent(), List.of());
    }
    List<PathPage.Stage> stages = new ArrayList<>();
    boolean suggested = userId.isEmpty();
    for (LearningPathSource.Stage stage : path.get().stages()) {
      List<PathPage.Step> steps = new ArrayList<>();
      for (LearningPathSource.Entry entry : stage.courses()) {
        PathPage.Step step = step(entry, language, userId);
        if (!suggested && step.available() && !"completed".equals(step.status())) {
          step = withNext(step);
          suggested = true;
        }
        steps.add(step);
      }
      stages.add(
          new PathPage.Stage(
              stage.id(),
              stage.title().in(language),
              stage.summary().map(s -> s.in(language)).orElse(null),
              steps));
    }
    return new PathPage(true, userId.isPresent(), stages);
  }

  private PathPage.Step step(
      LearningPathSource.Entry entry, Language language, Optional<Long> userId) {
    Optional<Course> course = courses.findPublished(entry.slug());
    if (course.isEmpty()) {
      String title = entry.plannedTitle().map(t -> t.in(language)).orElse(entry.slug());
      return new PathPage.Step(entry.slug(), title, false, "planned", 0, false);
    }
    Course c = course.get();
    String title = BilingualText.of(c.titleVi, c.titleEn).in(language);
    if (userId.isEmpty()) {
      return new PathPage.Step(c.slug, title, true, "not_started", 0, false);
    }
    List<Long> ids = lessons.activeOfCourse(c.id).stream().map((Lesson l) -> l.id).toList();
    LearnerState state = progress.stateOf(userId, c.id, ids);
    Completion completion = completions.of(userId.get(), c, state.done(), ids.size());
    String status =
        completion.completed()
            ? "completed"
            : state.enrolled() || completion.started() ? "in_progress" : "not_started";
    return new PathPage.Step(c.slug, title, true, status, completion.percent(), false);
  }

  private static PathPage.Step withNext(PathPage.Step s) {
    return new PathPage.Step(s.slug(), s.title(), s.available(), s.status(), s.percent(), true);
  }
}
