package vn.hocsau.course.importer;

import vn.hocsau.content.CourseSource;
import vn.hocsau.content.LessonImage;
import vn.hocsau.content.LessonSource;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.system.Sha256;

/**
 * SHA-256 over everything the importer stores for a course. Lessons and images contribute their own
 * content hashes, so an equal fingerprint means there is nothing to write.
 */
final class CourseFingerprint {

  private CourseFingerprint() {}

  static String of(CourseSource course) {
    StringBuilder text = new StringBuilder();
    text.append(course.slug())
        .append('\0')
        .append(course.title().texts())
        .append('\0')
        .append(course.summary().texts())
        .append('\0')
        .append(course.level())
        .append('\0')
        .append(course.tags())
        .append('\0')
        .append(course.prerequisites())
        .append('\0')
        .append(course.completion())
        .append('\0');
    for (ModuleSource module : course.modules()) {
      text.append("M:").append(module.slug()).append(module.title().texts()).append('\0');
      module.quiz().ifPresent(q -> text.append("Q:").append(q.contentHash()).append('\0'));
      for (LessonSource lesson : module.lessons()) {
        text.append("L:").append(lesson.slug()).append(':').append(lesson.contentHash());
        for (LessonImage image : lesson.images()) {
          text.append("I:").append(image.reference()).append(':').append(image.contentHash());
        }
        text.append('\0');
      }
    }
    return sha256(text.toString());
  }

  private static String sha256(String text) {
    return Sha256.hex(text);
  }
}
