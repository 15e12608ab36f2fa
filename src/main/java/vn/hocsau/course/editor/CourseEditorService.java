package vn.hocsau.course.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.quiz.store.ModuleQuizzes;
import vn.hocsau.system.i18n.Language;

/** The instructor's course list, a course's editor overview, and the zip export. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseEditorService {

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject CourseExporter exporter;
  @Inject ModuleQuizzes quizzes;

  /** Every course, published or not, by slug. */
  public List<EditorPages.CourseRow> all(Language language) {
    return courses.listAll().stream()
        .sorted(Comparator.comparing((Course c) -> c.slug))
        .map(
            c ->
                new EditorPages.CourseRow(
                    c.slug,
                    BilingualText.of(c.titleVi, c.titleEn).in(language),
                    c.published,
                    c.siteEditedAt != null))
        .toList();
  }

  /** The editor overview of a course. */
  public Optional<EditorPages.Overview> overview(String slug, Language language) {
    return courses.findBySlug(slug).map(c -> overview(c, language));
  }

  private EditorPages.Overview overview(Course c, Language language) {
    List<Lesson> active = lessons.activeOfCourse(c.id);
    Map<Long, LessonVersion> current =
        versions.byIds(active.stream().map(l -> l.currentVersionId).toList()).stream()
            .collect(Collectors.toMap(v -> v.id, Function.identity()));
    List<EditorPages.ModuleRow> rows = new ArrayList<>();
    for (CourseModule m : modules.activeOfCourse(c.id)) {
      List<EditorPages.LessonRow> inModule =
          active.stream()
              .filter(l -> l.moduleId.equals(m.id))
              .map(l -> lessonRow(l, current.get(l.currentVersionId), language))
              .toList();
      rows.add(
          new EditorPages.ModuleRow(
              m.slug,
              BilingualText.of(m.titleVi, m.titleEn).in(language),
              inModule,
              quizzes.activeOf(c.id, m.slug).isPresent()));
    }
    return new EditorPages.Overview(
        c.slug, BilingualText.of(c.titleVi, c.titleEn).in(language), c.siteEditedAt != null, rows);
  }

  private static EditorPages.LessonRow lessonRow(Lesson l, LessonVersion v, Language language) {
    return new EditorPages.LessonRow(
        l.slug, BilingualText.of(v.titleVi, v.titleEn).in(language), v.version);
  }

  /**
   * The course as a zip of its folder in the {@code courses/} format, entries under {@code slug/};
   * empty when there is no such course. Exporting clears the "unexported edits" mark.
   */
  @Transactional
  public Optional<byte[]> zip(String slug) {
    Path scratch;
    try {
      scratch = Files.createTempDirectory("hocsau-export");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Optional<Path> folder = exporter.writeTo(slug, scratch);
      if (folder.isEmpty()) {
        return Optional.empty();
      }
      byte[] zip = zipOf(scratch, folder.get());
      courses.findBySlug(slug).ifPresent(c -> c.siteEditedAt = null);
      return Optional.of(zip);
    } finally {
      LessonEditService.delete(scratch);
    }
  }

  private static byte[] zipOf(Path root, Path folder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
