package vn.hocsau.course.importer;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Imports the course files at start-up when {@code hocsau.courses.import-on-start} is true; with
 * {@code hocsau.courses.exit-after-import} it imports and then stops the application, which is how
 * {@code bin/import-courses} fills a database without serving the site.
 */
@ApplicationScoped
public class ImportOnStart {

  private static final Logger LOG = Logger.getLogger(ImportOnStart.class);

  @Inject CoursesConfig config;
  @Inject CourseImporter importer;

  void onStart(@Observes StartupEvent event) {
    if (!config.importOnStart() && !config.exitAfterImport()) {
      return;
    }
    if (!Files.isDirectory(Path.of(config.dir()))) {
      LOG.warnf("no course folder at %s; nothing imported", config.dir());
      exitIfAsked(2);
      return;
    }
    ImportReport report = importer.importConfigured();
    report.problems().forEach(p -> LOG.warn(p));
    LOG.infof(
        "courses imported: %d created, %d updated, %d unchanged, %d rejected",
        report.created(), report.updated(), report.unchanged(), report.rejected().size());
    report.unpublished().forEach(slug -> LOG.infof("unpublished (folder gone): %s", slug));
    exitIfAsked(exitCode(report));
  }

  /** 0 when every course folder was imported, 1 when any was rejected. */
  static int exitCode(ImportReport report) {
    return report.rejected().isEmpty() ? 0 : 1;
  }

  private void exitIfAsked(int code) {
    if (config.exitAfterImport()) {
      // Stops after start-up completes; the embedded database stops with the JVM.
      Quarkus.asyncExit(code);
    }
  }
}
