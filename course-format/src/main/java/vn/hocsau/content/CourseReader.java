package vn.hocsau.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.hocsau.system.i18n.Language;

/** Reads one course folder: {@code course.yaml} and every module under {@code modules/}. */
final class CourseReader {

  static final String COURSE_FILE = "course.yaml";
  static final String MODULES_FOLDER = "modules";

  /**
   * What one course folder holds, before prerequisites across courses are checked.
   *
   * @param header present when {@code course.yaml} is valid
   * @param links the prerequisites named in {@code course.yaml}, even when other fields are not
   */
  record Draft(
      Path folder,
      Optional<CourseHeader> header,
      Prerequisites.Links links,
      List<ModuleSource> modules) {}

  private CourseReader() {}

  static Draft read(Path courseDir, Problems problems) {
    Path courseFile = courseDir.resolve(COURSE_FILE);
    CourseYamlReader.CourseYaml yaml = new CourseYamlReader.CourseYaml(Optional.empty(), List.of());
    if (Files.isRegularFile(courseFile)) {
      yaml = CourseYamlReader.read(courseFile, courseDir.getFileName().toString(), problems);
    } else {
      problems.error(courseFile, 1, "missing course.yaml");
    }
    List<ModuleSource> modules = modules(courseDir, courseFile, problems);
    checkLessonSlugs(modules, problems);
    yaml.header().ifPresent(h -> RequiredAssessmentCheck.check(h, courseDir, modules, problems));
    Prerequisites.Links links = new Prerequisites.Links(courseFile, yaml.prerequisites());
    return new Draft(courseDir, yaml.header(), links, modules);
  }

  private static List<ModuleSource> modules(Path courseDir, Path courseFile, Problems problems) {
    Path modulesDir = courseDir.resolve(MODULES_FOLDER);
    List<Path> folders = Files.isDirectory(modulesDir) ? folders(modulesDir) : List.of();
    if (folders.isEmpty()) {
      problems.error(courseFile, 1, "course has no modules (folders like modules/01-intro/)");
      return List.of();
    }
    Map<Integer, Path> numbers = new HashMap<>();
    Map<String, Path> slugs = new HashMap<>();
    List<ModuleSource> modules = new ArrayList<>();
    for (Path folder : folders) {
      moduleName(folder, numbers, slugs, problems)
          .flatMap(name -> ModuleReader.read(folder, name, problems))
          .ifPresent(modules::add);
    }
    return modules;
  }

  /** The folder's {@code NN-slug} name, once it is valid and unique in the course. */
  private static Optional<NumberedName> moduleName(
      Path folder, Map<Integer, Path> numbers, Map<String, Path> slugs, Problems problems) {
    String folderName = folder.getFileName().toString();
    Optional<NumberedName> name = NumberedName.parse(folderName);
    if (name.isEmpty()) {
      problems.error(folder, 1, "module folder must be named NN-slug, like 01-intro");
      return Optional.empty();
    }
    if (!Slugs.isValid(name.get().slug())) {
      problems.error(folder, 1, Slugs.invalid("module slug", name.get().slug()));
      return Optional.empty();
    }
    Path sameNumber = numbers.putIfAbsent(name.get().number(), folder);
    if (sameNumber != null) {
      problems.error(
          folder,
          1,
          "duplicate module number "
              + name.get().digits()
              + " (also "
              + sameNumber.getFileName()
              + ")");
      return Optional.empty();
    }
    Path sameSlug = slugs.putIfAbsent(name.get().slug(), folder);
    if (sameSlug != null) {
      problems.error(
          folder,
          1,
          "duplicate module slug '"
              + name.get().slug()
              + "' (also "
              + sameSlug.getFileName()
              + ")");
      return Optional.empty();
    }
    return name;
  }

  /** Lesson slugs are unique in the whole course, so a lesson can move between modules. */
  private static void checkLessonSlugs(List<ModuleSource> modules, Problems problems) {
    Map<String, String> seen = new HashMap<>();
    for (ModuleSource module : modules) {
      for (LessonSource lesson : module.lessons()) {
        String path = lesson.textOrFallback(Language.VI).path();
        String first = seen.putIfAbsent(lesson.slug(), path);
        if (first != null) {
          String insideCourse = first.substring(first.indexOf('/') + 1);
          problems.error(
              path, 1, "duplicate lesson slug '" + lesson.slug() + "' (also " + insideCourse + ")");
        }
      }
    }
  }

  static List<Path> folders(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
