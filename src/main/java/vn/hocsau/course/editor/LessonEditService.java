package vn.hocsau.course.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.course.content.CoursesReader;
import vn.hocsau.course.content.Problem;
import vn.hocsau.course.content.ReadResult;
import vn.hocsau.course.importer.CourseWriter;
import vn.hocsau.course.importer.ImportOutcome;

/**
 * Saves a lesson edited on the site. The edit is checked by the importer's own rules: the course is
 * exported to a scratch folder, the lesson's files are replaced by the edit, and the folder is read
 * with {@link CoursesReader}. Only an error-free course is written, through the importer's {@link
 * CourseWriter}, so the lesson gets a new version (the old ones stay) and learners see it at once.
 */
@ApplicationScoped
public class LessonEditService {

  private static final Pattern MINUTES = Pattern.compile("[0-9]{1,4}");

  @Inject CourseExporter exporter;
  @Inject CourseWriter writer;
  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;

  /** What a save did: the problems found, and whether a new version was stored. */
  public record Saved(List<String> problems, boolean changed) {}

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
  public Saved save(String slug, String lessonSlug, LessonEdit edit, Long editorId) {
    if (!edit.hasVi() && !edit.hasEn()) {
      return new Saved(List.of("editor: a lesson needs a text in vi or en"), false);
    }
    Path scratch = scratch();
    try {
      Course course = courses.findBySlug(slug).orElseThrow();
      exporter.writeTo(slug, scratch).orElseThrow();
      for (String prerequisite : courses.prerequisites(course.id)) {
        exporter.writeTo(prerequisite, scratch); // so the prerequisite check finds them
      }
      replaceFiles(scratch.resolve(slug), lessonSlug, edit);
      ReadResult read = CoursesReader.read(scratch);
      List<String> problems = new ArrayList<>();
      for (Problem p : read.problems()) {
        if (p.isError() && p.file().startsWith(slug + "/")) {
          problems.add(p.toString());
        }
      }
      if (!problems.isEmpty() || read.course(slug).isEmpty()) {
        return new Saved(problems, false);
      }
      ImportOutcome outcome = writer.writeEdit(read.course(slug).get(), editorId);
      return new Saved(List.of(), outcome != ImportOutcome.UNCHANGED);
    } finally {
      delete(scratch);
    }
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

  private static Path scratch() {
    try {
      return Files.createTempDirectory("hocsau-edit");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
