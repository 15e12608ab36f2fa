package vn.hocsau.course.learn;

import java.util.List;

/**
 * A module of the syllabus with the learner's progress in it.
 *
 * @param quizModule the module's slug when it has a quiz, for the link to it; else {@code null}
 */
public record ModuleView(
    String title, List<LessonLink> lessons, int done, int total, String quizModule) {}
