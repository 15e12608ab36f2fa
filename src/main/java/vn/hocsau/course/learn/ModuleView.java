package vn.hocsau.course.learn;

import java.util.List;

/** A module of the syllabus with the learner's progress in it. */
public record ModuleView(String title, List<LessonLink> lessons, int done, int total) {}
