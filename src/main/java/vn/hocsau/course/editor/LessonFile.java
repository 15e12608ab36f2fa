package vn.hocsau.course.editor;

/** The text of a lesson file: front matter with the title and minutes, then the Markdown. */
final class LessonFile {

  private LessonFile() {}

  /**
   * The file, or null when the lesson has no text in that language. The title is quoted and the
   * minutes must be checked by the caller, so nothing typed can add front-matter fields.
   */
  static String text(String title, String minutes, String markdown) {
    if (title == null || markdown == null) {
      return null;
    }
    String body = markdown.replace("\r\n", "\n").replace('\r', '\n');
    return "---\ntitle: "
        + CourseYaml.quote(title.strip())
        + "\nminutes: "
        + minutes
        + "\n---\n"
        + (body.endsWith("\n") ? body : body + "\n");
  }
}
