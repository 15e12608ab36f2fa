package vn.hocsau.course.learn;

/**
 * Everything the lesson page shows.
 *
 * @param html sanitized lesson HTML, safe to insert unescaped
 * @param missingLanguage {@code vi} or {@code en} when the lesson is not written in the visitor's
 *     language and is shown in the other one; empty otherwise
 * @param prev the lesson before, or null
 * @param next the next step of the course (lesson, quiz or lab), or null after the last
 */
public record LessonPage(
    String courseSlug,
    String courseTitle,
    String slug,
    String title,
    String html,
    String missingLanguage,
    LessonLink prev,
    CourseStep next,
    boolean signedIn,
    boolean done,
    String moduleTitle,
    int moduleDone,
    int moduleTotal,
    int courseDone,
    int courseTotal) {}
