package vn.hocsau.course.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseAsset;
import vn.hocsau.course.CourseAssetRepository;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.quiz.store.ModuleQuiz;
import vn.hocsau.quiz.store.ModuleQuizzes;
import vn.hocsau.quiz.store.QuizSourceJson;

/**
 * Writes a stored course back as a folder in the {@code courses/} format: {@code course.yaml},
 * {@code modules/NN-slug/module.yaml}, lessons as {@code NN-slug.LANG.md}, {@code quiz.yaml} and
 * images. Lesson and quiz files are written exactly as they were imported or saved, so importing an
 * export changes nothing; {@code course.yaml} and {@code module.yaml} are written from their fields
 * (comments in them are not kept).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseExporter {

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject ModuleQuizzes quizzes;
  @Inject CourseAssetRepository assets;

  /** Writes course {@code slug} as {@code root/slug}; empty when there is no such course. */
  public Optional<Path> writeTo(String slug, Path root) {
    Optional<Course> found = courses.findBySlug(slug);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Course course = found.get();
    Path folder = root.resolve(course.slug);
    List<Lesson> active = lessons.activeOfCourse(course.id);
    Map<Long, LessonVersion> current =
        versions.byIds(active.stream().map(l -> l.currentVersionId).toList()).stream()
            .collect(Collectors.toMap(v -> v.id, Function.identity()));
    try {
      Files.createDirectories(folder);
      write(
          folder.resolve("course.yaml"), CourseYaml.course(course, tags(course), prereqs(course)));
      List<CourseModule> ordered = modules.activeOfCourse(course.id);
      for (int i = 0; i < ordered.size(); i++) {
        CourseModule module = ordered.get(i);
        Path dir = folder.resolve("modules").resolve(number(i) + "-" + module.slug);
        Files.createDirectories(dir);
        write(dir.resolve("module.yaml"), CourseYaml.module(module));
        List<Lesson> inModule = active.stream().filter(l -> l.moduleId.equals(module.id)).toList();
        for (int j = 0; j < inModule.size(); j++) {
          writeLesson(
              dir,
              number(j) + "-" + inModule.get(j).slug,
              current.get(inModule.get(j).currentVersionId));
        }
        Optional<ModuleQuiz> quiz = quizzes.activeOf(course.id, module.slug);
        if (quiz.isPresent()) {
          String text = QuizSourceJson.read(quiz.get().sourceJson).text();
          if (text != null) {
            write(dir.resolve("quiz.yaml"), text);
          }
        }
        writeImages(course.id, module.slug, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export course " + slug, e);
    }
    return Optional.of(folder);
  }

  private List<String> tags(Course course) {
    return courses.tags(course.id);
  }

  private List<String> prereqs(Course course) {
    return courses.prerequisites(course.id);
  }

  private static void writeLesson(Path dir, String name, LessonVersion v) throws IOException {
    String vi =
        v.sourceVi != null
            ? v.sourceVi
            : LessonFile.text(v.titleVi, String.valueOf(v.minutes), v.markdownVi);
    String en =
        v.sourceEn != null
            ? v.sourceEn
            : LessonFile.text(v.titleEn, String.valueOf(v.minutes), v.markdownEn);
    if (vi != null) {
      write(dir.resolve(name + ".vi.md"), vi);
    }
    if (en != null) {
      write(dir.resolve(name + ".en.md"), en);
    }
  }

  private void writeImages(Long courseId, String moduleSlug, Path dir) throws IOException {
    for (CourseAsset asset : assets.ofModule(courseId, moduleSlug)) {
      Path file = dir.resolve(asset.reference).normalize();
      if (!file.startsWith(dir)) {
        continue; // never stored: the importer refuses paths out of the module
      }
      Files.createDirectories(file.getParent());
      Files.write(file, asset.data);
    }
  }

  private static String number(int index) {
    return String.format(Locale.ROOT, "%02d", index + 1);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
