package vn.hocsau.course.learn;

/**
 * A course to take first, and the learner's status in it.
 *
 * @param status {@code done} (every lesson done), {@code enrolled} or {@code not_started}
 */
public record PrerequisiteView(String slug, String title, String status) {}
