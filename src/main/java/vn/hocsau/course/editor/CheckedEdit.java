package vn.hocsau.course.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.Problem;
import vn.hocsau.content.ReadResult;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.importer.CourseWriter;
import vn.hocsau.course.importer.ImportOutcome;

/**
 * Applies a site edit by the importer's own rules: the course (and its prerequisites, for the
 * prerequisite check) is exported to a scratch folder, the edit changes the files there, and the
 * folder is read with {@link CoursesReader}. Only an error-free course is written, through the
 * importer's {@link CourseWriter}, as an edit by the instructor.
 */
@ApplicationScoped
public class CheckedEdit {

  @Inject CourseExporter exporter;
  @Inject CourseWriter writer;
  @Inject CourseRepository courses;

  /**
   * What a save did.
   *
   * @param problems the errors found, as {@code file:line: message}; nothing was saved if any
   * @param changed whether the content differed, so a new version was stored
   */
  public record Saved(List<String> problems, boolean changed) {}

  /** Exports course {@code slug}, lets {@code change} edit its folder, checks and stores it. */
  public Saved apply(String slug, Consumer<Path> change, Long editorId) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("hocsau-edit");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Course course = courses.findBySlug(slug).orElseThrow();
      exporter.writeTo(slug, scratch).orElseThrow();
      for (String prerequisite : courses.prerequisites(course.id)) {
        exporter.writeTo(prerequisite, scratch);
      }
      change.accept(scratch.resolve(slug));
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
      LessonEditService.delete(scratch);
    }
  }
}
