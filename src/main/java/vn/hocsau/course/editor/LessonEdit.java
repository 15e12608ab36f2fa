package vn.hocsau.course.editor;

/**
 * The lesson editor's form: both languages (a blank language means the lesson is not written in it)
 * and the reading time as typed.
 */
public record LessonEdit(
    String titleVi, String markdownVi, String titleEn, String markdownEn, String minutes) {

  /** Nulls become empty texts, so the form shows blanks. */
  public LessonEdit {
    titleVi = titleVi == null ? "" : titleVi;
    markdownVi = markdownVi == null ? "" : markdownVi;
    titleEn = titleEn == null ? "" : titleEn;
    markdownEn = markdownEn == null ? "" : markdownEn;
    minutes = minutes == null ? "" : minutes.strip();
  }

  boolean hasVi() {
    return !titleVi.isBlank() || !markdownVi.isBlank();
  }

  boolean hasEn() {
    return !titleEn.isBlank() || !markdownEn.isBlank();
  }
}
