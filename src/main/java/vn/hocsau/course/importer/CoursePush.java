package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.ReadResult;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.importer.CoursePushRefusedException.Reason;
import vn.hocsau.lab.LabImporter;
import vn.hocsau.system.i18n.Language;

/**
 * A course pushed by an instructor as a zip ({@code hocsau course push}): unpacked into a temporary
 * folder, read by the same reader as a folder import, compared with what is stored, and imported
 * only when asked and when its files have no error. Only an instructor of an existing course (or an
 * admin) may push it; whoever pushes a new course becomes its instructor.
 */
@ApplicationScoped
public class CoursePush {

  /** The source root recorded for pushed courses, so a folder import never unpublishes them. */
  static final String ROOT = "api:push";

  private static final Logger LOG = Logger.getLogger(CoursePush.class);

  @Inject ImportPlanner planner;
  @Inject CourseWriter writer;
  @Inject LabImporter labs;
  @Inject CourseInstructors instructors;
  @Inject CourseRepository courses;

  /**
   * The plan for pushing {@code zip} as the course {@code slug}; with {@code apply}, the import too
   * (then {@link ImportPlan#applied()} says whether it happened).
   */
  public ImportPlan push(
      String slug, byte[] zip, boolean apply, long userId, boolean admin, Language language) {
    if (courses.findBySlug(slug).isPresent() && !admin && !instructors.teaches(slug, userId)) {
      throw new CoursePushRefusedException(Reason.NOT_INSTRUCTOR, slug);
    }
    Path work = null;
    try {
      work = Files.createTempDirectory("hocsau-push-");
      Path root = Files.createDirectories(work.resolve("courses"));
      Files.move(unpack(zip, Files.createDirectories(work.resolve("zip"))), root.resolve(slug));
      ReadResult read = CoursesReader.read(root);
      Optional<CourseSource> source = read.course(slug);
      ImportPlan plan = planner.plan(root, slug, source, read.problems(), language);
      boolean errors = plan.problems().stream().anyMatch(p -> !p.contains(": warning: "));
      if (!apply || source.isEmpty() || errors) {
        return plan;
      }
      writer.write(source.get(), ROOT);
      List<String> problems = new ArrayList<>(plan.problems());
      problems.addAll(labs.importLabs(root, List.of(slug)));
      if (!admin) {
        instructors.addUser(slug, userId);
      }
      LOG.infof("course %s pushed by user %d (%s)", slug, userId, plan.status());
      return new ImportPlan(
          slug,
          plan.status(),
          true,
          problems,
          plan.lessons(),
          plan.quizzes(),
          plan.labs(),
          plan.history());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(work);
    }
  }

  private static Path unpack(byte[] zip, Path into) throws IOException {
    try {
      return CourseArchive.unpack(zip, into);
    } catch (CourseArchive.RefusedException e) {
      throw switch (e.refusal) {
        case NOT_A_ZIP -> new CoursePushRefusedException(Reason.NOT_A_ZIP, null);
        case UNSAFE_NAME -> new CoursePushRefusedException(Reason.UNSAFE_NAME, e.name);
        case TOO_LARGE ->
            new CoursePushRefusedException(
                Reason.TOO_LARGE, (CourseArchive.MAX_BYTES >> 20) + " MiB");
        case NO_COURSE -> new CoursePushRefusedException(Reason.NO_COURSE, null);
      };
    }
  }

  private static void delete(Path work) {
    if (work == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warnf("could not delete %s: %s", work, e.getMessage());
    }
  }
}
