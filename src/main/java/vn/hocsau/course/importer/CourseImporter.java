package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.LearningPathReader;
import vn.hocsau.content.Problem;
import vn.hocsau.content.ReadResult;
import vn.hocsau.course.path.LearningPathRepository;
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
  @Inject LearningPathRepository paths;
  @Inject Clock clock;
  @Inject LabImporter labs;

  /** Imports the configured folder ({@code hocsau.courses.dir}). */
  public ImportReport importConfigured() {
    return importFolder(Path.of(config.dir()));
  }

  /**
   * Reads and imports {@code folder}: its courses, then its learning path ({@code path.yaml}).
   * Courses last imported from this folder whose subfolder is gone are unpublished, never deleted,
   * so learners keep their history; a folder without any course unpublishes nothing, since that is
   * more likely a wrong setting than the end of every course. The labs of the imported courses
   * ({@code labs/<slug>/lab.yaml}) come last.
   */
  public ImportReport importFolder(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    ReadResult read = CoursesReader.read(root);
    ImportReport report = importAll(read, root.toString());
    List<String> present = new ArrayList<>(read.rejected());
    read.courses().forEach(c -> present.add(c.slug()));
    List<String> unpublished =
        present.isEmpty() ? List.of() : writer.unpublishMissing(root.toString(), present);
    unpublished.forEach(slug -> LOG.infof("course %s unpublished: its folder is gone", slug));
    LearningPathReader.Result path = LearningPathReader.read(root);
    path.path().ifPresent(p -> paths.store(p, clock.instant()));
    List<String> problems = new ArrayList<>(report.problems());
    path.problems().forEach(p -> problems.add(p.toString()));
    problems.addAll(
        labs.importLabs(root, read.courses().stream().map(CourseSource::path).toList()));
    return new ImportReport(
        report.created(),
        report.updated(),
        report.unchanged(),
        report.rejected(),
        problems,
        unpublished);
  }

  /** Imports the valid courses of {@code read}, read from the courses folder {@code root}. */
  public ImportReport importAll(ReadResult read, String root) {
    Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
    List<String> rejected = new ArrayList<>(read.rejected());
    List<String> problems =
        new ArrayList<>(read.problems().stream().map(Problem::toString).toList());
    for (CourseSource course : read.courses()) {
      try {
        counts.merge(writer.write(course, root), 1, Integer::sum);
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
        problems,
        List.of());
  }
}
