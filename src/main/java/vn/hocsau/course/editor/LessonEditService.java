package vn.hocsau.course.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;

/**
 * Saves a lesson edited on the site, through {@link CheckedEdit}: the importer's own rules check
 * it, and the lesson gets a new version (the old ones stay) that learners see at once.
 */
@ApplicationScoped
public class LessonEditService {

  private static final Pattern MINUTES = Pattern.compile("[0-9]{1,4}");

  @Inject CheckedEdit checkedEdit;
  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;

  /** The form of the lesson's current version; empty when there is no such lesson. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LessonEdit> current(String slug, String lessonSlug) {
    return version(slug, lessonSlug)
        .map(
            v ->
                new LessonEdit(
                    v.titleVi, v.markdownVi, v.titleEn, v.markdownEn, String.valueOf(v.minutes)));
  }

  /** The current version row of a lesson. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LessonVersion> version(String slug, String lessonSlug) {
    return lesson(slug, lessonSlug).map(l -> versions.findById(l.currentVersionId));
  }

  /** The module slug of a lesson. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> moduleOf(String slug, String lessonSlug) {
    return lesson(slug, lessonSlug).map(l -> modules.findById(l.moduleId).slug);
  }

  /** Checks and saves {@code edit} as a new version of the lesson, by {@code editorId}. */
  public CheckedEdit.Saved save(String slug, String lessonSlug, LessonEdit edit, Long editorId) {
    if (!edit.hasVi() && !edit.hasEn()) {
      return new CheckedEdit.Saved(List.of("editor: a lesson needs a text in vi or en"), false);
    }
    return checkedEdit.apply(slug, course -> replaceFiles(course, lessonSlug, edit), editorId);
  }

  private Optional<Lesson> lesson(String slug, String lessonSlug) {
    return courses.findBySlug(slug).flatMap(c -> lessons.findActive(c.id, lessonSlug));
  }

  private static void replaceFiles(Path course, String lessonSlug, LessonEdit edit) {
    try (Stream<Path> files = Files.walk(course.resolve("modules"), 2)) {
      Path any =
          files
              .filter(
                  f ->
                      f.getFileName()
                          .toString()
                          .matches("[0-9]+-" + Pattern.quote(lessonSlug) + "\\.(vi|en)\\.md"))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("lesson file not exported: " + lessonSlug));
      String name = any.getFileName().toString();
      String base = name.substring(0, name.length() - ".vi.md".length());
      String minutes =
          MINUTES.matcher(edit.minutes()).matches()
              ? edit.minutes()
              : CourseYaml.quote(edit.minutes());
      write(
          any.resolveSibling(base + ".vi.md"),
          edit.hasVi(),
          edit.titleVi(),
          minutes,
          edit.markdownVi());
      write(
          any.resolveSibling(base + ".en.md"),
          edit.hasEn(),
          edit.titleEn(),
          minutes,
          edit.markdownEn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      Path file, boolean present, String title, String minutes, String markdown)
      throws IOException {
    if (!present) {
      Files.deleteIfExists(file);
      return;
    }
    Files.writeString(file, LessonFile.text(title, minutes, markdown), StandardCharsets.UTF_8);
  }

  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
