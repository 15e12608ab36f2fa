package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.hocsau.course.content.CourseSource;
import vn.hocsau.course.content.CoursesReader;
import vn.hocsau.course.content.Problem;
import vn.hocsau.course.content.ReadResult;
import vn.hocsau.lab.LabImporter;

/**
 * Imports {@code courses/} into the database: reads and validates everything first, then writes
 * each valid course in its own transaction. A course with any error is skipped whole. Importing the
 * same files again changes nothing.
 */
@ApplicationScoped
public class CourseImporter {

  private static final Logger LOG = Logger.getLogger(CourseImporter.class);

  @Inject CourseWriter writer;
  @Inject CoursesConfig config;
  @Inject LabImporter labs;

  /** Imports the configured folder ({@code hocsau.courses.dir}). */
  public ImportReport importConfigured() {
    return importFolder(Path.of(config.dir()));
  }

  /** Reads and imports {@code folder}, then the labs of its imported courses. */
  public ImportReport importFolder(Path folder) {
    ReadResult read = CoursesReader.read(folder);
    ImportReport report = importAll(read);
    List<String> problems = new ArrayList<>(report.problems());
    problems.addAll(
        labs.importLabs(folder, read.courses().stream().map(CourseSource::path).toList()));
    return new ImportReport(
        report.created(), report.updated(), report.unchanged(), report.rejected(), problems);
  }

  /** Imports the valid courses of {@code read}. */
  public ImportReport importAll(ReadResult read) {
    Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
    List<String> rejected = new ArrayList<>(read.rejected());
    List<String> problems =
        new ArrayList<>(read.problems().stream().map(Problem::toString).toList());
    for (CourseSource course : read.courses()) {
      try {
        counts.merge(writer.write(course), 1, Integer::sum);
      } catch (RuntimeException e) {
        // The course's transaction rolled back whole; the others still import.
        LOG.errorf(e, "import of course %s failed", course.slug());
        rejected.add(course.path());
        problems.add(course.path() + "/course.yaml:1: import failed: " + e.getMessage());
      }
    }
    return new ImportReport(
        counts.getOrDefault(ImportOutcome.CREATED, 0),
        counts.getOrDefault(ImportOutcome.UPDATED, 0),
        counts.getOrDefault(ImportOutcome.UNCHANGED, 0),
        rejected,
        problems);
  }
}
