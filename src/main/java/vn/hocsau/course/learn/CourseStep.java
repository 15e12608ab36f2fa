package vn.hocsau.course.learn;

/**
 * One step of a course in learning order: a lesson, a module's quiz, or a lab.
 *
 * @param kind {@code lesson}, {@code quiz} or {@code lab}
 * @param href where the step's page is
 * @param title the lesson's title, the quiz's module title, or the lab's title, in the page
 *     language
 */
public record CourseStep(String kind, String href, String title) {}
