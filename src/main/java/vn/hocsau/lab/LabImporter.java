package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.hocsau.content.Changes;
import vn.hocsau.content.LabReader;
import vn.hocsau.content.LabSource;
import vn.hocsau.content.Problems;

/**
 * Imports the labs of imported courses ({@code <course>/labs/<slug>/lab.yaml}), after registering
 * the datasets they use. Each lab is validated first; one with errors is skipped and reported as
 * {@code file:line: message}, and the course's other labs still import. Labs that left the files
 * are unpublished, never deleted, so their submissions stay.
 */
@ApplicationScoped
public class LabImporter {

  private static final Logger LOG = Logger.getLogger(LabImporter.class);

  @Inject DatasetRegistry datasets;
  @Inject LabWriter writer;
  @Inject LabRepository labs;

  /**
   * What importing the labs of the course folder {@code course} (under {@code coursesRoot}) would
   * do to the course stored with id {@code courseId} (null when the course is new), by lab slug;
   * the labs' problems go to {@code problems}.
   */
  public Changes plan(Path coursesRoot, String course, Long courseId, Problems problems) {
    Map<String, String> stored = new HashMap<>();
    if (courseId != null) {
      labs.ofCourse(courseId).stream()
          .filter(l -> l.published)
          .forEach(l -> stored.put(l.slug, l.contentHash));
    }
    Map<String, String> read = new LinkedHashMap<>();
    List<String> unreadable = new ArrayList<>();
    for (Path labDir : LabReader.folders(coursesRoot.resolve(course))) {
      String name = course + "/labs/" + labDir.getFileName() + "/" + LabReader.FILE;
      LabReader.read(labDir, name, problems, datasets.known())
          .ifPresentOrElse(
              l -> read.put(l.slug(), l.hash()),
              () -> unreadable.add(labDir.getFileName().toString()));
    }
    return Changes.between(stored, read, unreadable);
  }

  /**
   * Imports the labs of {@code courseSlugs}, each a folder of {@code coursesRoot}; returns the
   * problems found.
   */
  public List<String> importLabs(Path coursesRoot, List<String> courseSlugs) {
    List<String> problems = new ArrayList<>(datasets.registerConfigured());
    for (String course : courseSlugs) {
      Path folder = coursesRoot.resolve(course);
      List<LabSource> labs = new ArrayList<>();
      for (Path labDir : LabReader.folders(folder)) {
        String name = course + "/labs/" + labDir.getFileName() + "/" + LabReader.FILE;
        Problems read = new Problems(coursesRoot);
        LabReader.read(labDir, name, read).ifPresent(labs::add);
        read.found().forEach(p -> problems.add(p.toString()));
      }
      try {
        writer.write(course, labs).forEach(p -> problems.add(course + "/labs/" + p));
      } catch (RuntimeException e) {
        LOG.errorf(e, "import of the labs of %s failed", course);
        problems.add(course + "/labs:1: import failed: " + e.getMessage());
      }
    }
    return problems;
  }
}
