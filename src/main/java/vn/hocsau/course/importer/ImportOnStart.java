package vn.hocsau.course.importer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Imports the course files at start-up when {@code hocsau.courses.import-on-start} is true. */
@ApplicationScoped
public class ImportOnStart {

  private static final Logger LOG = Logger.getLogger(ImportOnStart.class);

  @Inject CoursesConfig config;
  @Inject CourseImporter importer;

  void onStart(@Observes StartupEvent event) {
    if (!config.importOnStart()) {
      return;
    }
    if (!Files.isDirectory(Path.of(config.dir()))) {
      LOG.warnf("no course folder at %s; nothing imported", config.dir());
      return;
    }
    ImportReport report = importer.importConfigured();
    report.problems().forEach(p -> LOG.warn(p));
    LOG.infof(
        "courses imported: %d created, %d updated, %d unchanged, %d rejected",
        report.created(), report.updated(), report.unchanged(), report.rejected().size());
  }
}
