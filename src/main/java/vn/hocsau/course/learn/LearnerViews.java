package vn.hocsau.course.learn;

import java.util.List;
import vn.hocsau.course.progress.LearnerState;
import vn.hocsau.system.i18n.Language;

/** Turns outline parts and a learner's state into view records. */
final class LearnerViews {

  private LearnerViews() {}

  static ModuleView module(CourseOutline.Module m, Language language, LearnerState state) {
    List<LessonLink> lessons = m.lessons().stream().map(l -> link(l, language, state)).toList();
    int done = (int) lessons.stream().filter(LessonLink::done).count();
    return new ModuleView(
        m.title(language), lessons, done, lessons.size(), m.hasQuiz() ? m.slug() : null);
  }

  static LessonLink link(CourseOutline.Lesson l, Language language, LearnerState state) {
    return new LessonLink(l.slug(), l.title(language), l.minutes(), state.done().contains(l.id()));
  }
}
