package vn.hocsau.course.learn;

import java.util.List;
import vn.hocsau.course.progress.Completion;

/**
 * Everything the course page shows.
 *
 * @param firstLesson slug of the first lesson, or null when the course has none
 * @param continueHref where "continue" leads: the lesson last opened, or the step after it when
 *     that lesson is done; null before any lesson, after the last step, or once the course is
 *     complete
 * @param completion the learner's completion by the course's rule (nobody's for visitors)
 */
public record CoursePage(
    String slug,
    String title,
    String summary,
    String level,
    int minutes,
    List<ModuleView> modules,
    List<PrerequisiteView> prerequisites,
    boolean signedIn,
    boolean enrolled,
    String firstLesson,
    String continueHref,
    int done,
    int total,
    Completion completion) {}
