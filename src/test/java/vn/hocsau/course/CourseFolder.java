package vn.hocsau.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small course folders for tests: one module with one lesson and, when asked, a quiz of
 * three single-choice questions (ids {@code q1..q3}, option {@code a} right, {@code b} wrong).
 */
public final class CourseFolder {

  private CourseFolder() {}

  /** Writes {@code root/slug} with the given {@code completion:} YAML value (null: none). */
  public static Path write(Path root, String slug, String completion, boolean withQuiz) {
    Path course = root.resolve(slug);
    Path module = course.resolve("modules/01-mot");
    try {
      Files.createDirectories(module);
      Files.writeString(
          course.resolve("course.yaml"),
          "slug: "
              + slug
              + "\ntitle: {vi: Khoá "
              + slug
              + ", en: Course "
              + slug
              + "}\nsummary: {vi: Tóm tắt., en: Summary.}\nlevel: beginner\n"
              + (completion == null ? "" : "completion: " + completion + "\n"),
          StandardCharsets.UTF_8);
      Files.writeString(
          module.resolve("module.yaml"), "title: {vi: Một, en: One}\n", StandardCharsets.UTF_8);
      Files.writeString(
          module.resolve("01-bai.vi.md"),
          "---\ntitle: Bài một\nminutes: 3\n---\nNội dung bài.\n",
          StandardCharsets.UTF_8);
      if (withQuiz) {
        Files.writeString(module.resolve("quiz.yaml"), quiz(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return course;
  }

  private static String quiz() {
    StringBuilder yaml = new StringBuilder("settings:\n  pass_mark: 90\nquestions:\n");
    for (int i = 1; i <= 3; i++) {
      yaml.append("  - id: q")
          .append(i)
          .append("\n    type: single\n    prompt: {vi: \"Câu ")
          .append(i)
          .append("?\", en: \"Question ")
          .append(i)
          .append("?\"}\n    explanation: {vi: Vì vậy., en: Because.}\n")
          .append("    options:\n      - {text: Đúng, correct: true}\n      - {text: Sai}\n");
    }
    return yaml.toString();
  }

  /** Deletes a folder tree. */
  public static void delete(Path folder) {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
