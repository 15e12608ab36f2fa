package vn.hocsau.course.learn;

/** A lesson in a syllabus or pager: where it leads, and whether the learner has done it. */
public record LessonLink(String slug, String title, int minutes, boolean done) {}
