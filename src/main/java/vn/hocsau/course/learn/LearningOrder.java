package vn.hocsau.course.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocsau.submission.LabSummary;
import vn.hocsau.system.i18n.Language;

/**
 * The order a learner goes through a course: each module's lessons, then its quiz, module by
 * module; then the course's labs, which the course format keeps at course level rather than in a
 * module. "Next" and "mark done" follow it.
 */
final class LearningOrder {

  private final List<CourseStep> steps;

  private LearningOrder(List<CourseStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps of {@code o}, with its published {@code labs} in their course order. */
  static LearningOrder of(CourseOutline o, List<LabSummary> labs, Language language) {
    List<CourseStep> steps = new ArrayList<>();
    for (CourseOutline.Module m : o.modules()) {
      for (CourseOutline.Lesson l : m.lessons()) {
        steps.add(new CourseStep("lesson", lessonHref(o.slug(), l.slug()), l.title(language)));
      }
      if (m.hasQuiz()) {
        steps.add(new CourseStep("quiz", quizHref(o.slug(), m.slug()), m.title(language)));
      }
    }
    for (LabSummary lab : labs) {
      steps.add(new CourseStep("lab", "/labs/" + lab.course() + "/" + lab.slug(), lab.title()));
    }
    return new LearningOrder(steps);
  }

  /** The step after the one at {@code href}; empty after the last, or for a page not in order. */
  Optional<CourseStep> after(String href) {
    for (int i = 0; i + 1 < steps.size(); i++) {
      if (steps.get(i).href().equals(href)) {
        return Optional.of(steps.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** Where lesson {@code lessonSlug} of course {@code courseSlug} is. */
  static String lessonHref(String courseSlug, String lessonSlug) {
    return "/courses/" + courseSlug + "/lessons/" + lessonSlug;
  }

  /** Where the quiz of module {@code moduleSlug} is. */
  static String quizHref(String courseSlug, String moduleSlug) {
    return "/courses/" + courseSlug + "/modules/" + moduleSlug + "/quiz";
  }
}
