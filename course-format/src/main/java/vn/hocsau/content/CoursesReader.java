package vn.hocsau.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code courses/} folder into memory and validates all of it: every course folder, module,
 * lesson, image and quiz, then prerequisites across courses. Nothing touches the database; the
 * importer stores what this returns. Each subfolder not starting with a dot is a course; files at
 * the top (such as the README describing the format) are ignored.
 */
public final class CoursesReader {

  private CoursesReader() {}

  /**
   * Reads {@code coursesRoot}.
   *
   * @throws IllegalArgumentException when it is not a folder
   */
  public static ReadResult read(Path coursesRoot) {
    Path root = coursesRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a folder: " + coursesRoot);
    }
    Problems problems = new Problems(root);
    List<CourseReader.Draft> drafts = new ArrayList<>();
    for (Path folder : CourseReader.folders(root)) {
      drafts.add(CourseReader.read(folder, problems));
    }
    Map<String, Prerequisites.Links> links = new LinkedHashMap<>();
    drafts.forEach(d -> links.put(d.folder().getFileName().toString(), d.links()));
    Prerequisites.check(links, problems);
    return result(drafts, problems);
  }

  private static ReadResult result(List<CourseReader.Draft> drafts, Problems problems) {
    List<CourseSource> courses = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (CourseReader.Draft draft : drafts) {
      if (draft.header().isEmpty() || problems.hasErrorsUnder(draft.folder())) {
        rejected.add(draft.folder().getFileName().toString());
      } else {
        courses.add(
            course(draft.header().get(), draft.modules(), problems.relative(draft.folder())));
      }
    }
    return new ReadResult(courses, rejected, problems.sorted());
  }

  private static CourseSource course(CourseHeader h, List<ModuleSource> modules, String path) {
    return new CourseSource(
        h.slug(),
        h.title(),
        h.summary(),
        h.level(),
        h.tags(),
        h.prerequisiteSlugs(),
        h.completion(),
        modules,
        path);
  }
}
