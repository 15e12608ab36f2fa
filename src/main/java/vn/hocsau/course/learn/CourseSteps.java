package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.hocsau.system.i18n.Language;

/**
 * Where a learner goes next in a course ({@link LearningOrder}): after a lesson, after a module's
 * quiz. Pages outside this package, such as the quiz page, ask here for their "next" link.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseSteps {

  @Inject CourseOutlines outlines;

  /** The step after the quiz of module {@code moduleSlug}; empty after the last step. */
  public Optional<CourseStep> afterQuiz(String courseSlug, String moduleSlug, Language language) {
    return outlines
        .published(courseSlug)
        .flatMap(o -> after(o, LearningOrder.quizHref(courseSlug, moduleSlug), language));
  }

  /** The step after the page at {@code href} of the published course {@code o}. */
  Optional<CourseStep> after(CourseOutline o, String href, Language language) {
    return LearningOrder.of(o, outlines.labs(o, language), language).after(href);
  }
}
