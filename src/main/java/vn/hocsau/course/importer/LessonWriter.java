package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.LessonImage;
import vn.hocsau.content.LessonSource;
import vn.hocsau.content.LessonText;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.course.CourseAsset;
import vn.hocsau.course.CourseAssetRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.system.i18n.Language;

/**
 * Stores the lessons and images of a course, inside {@link CourseWriter}'s transaction. A lesson
 * gets a new {@link LessonVersion} only when its content hash differs from its current one; lessons
 * that left the files become inactive, so their learners' progress stays.
 */
@ApplicationScoped
public class LessonWriter {

  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject CourseAssetRepository assets;
  @Inject Clock clock;

  /**
   * Writes the lessons of {@code source}; new versions record {@code editorId}, the instructor who
   * saved them on the site (null for a file import).
   */
  void write(Long courseId, CourseSource source, Map<String, Long> moduleIds, Long editorId) {
    Map<String, Lesson> existing = new HashMap<>();
    for (Lesson lesson : lessons.ofCourse(courseId)) {
      lesson.active = false;
      existing.put(lesson.slug, lesson);
    }
    int position = 0;
    for (ModuleSource module : source.modules()) {
      for (LessonSource lessonSource : module.lessons()) {
        Lesson lesson = existing.computeIfAbsent(lessonSource.slug(), slug -> new Lesson());
        lesson.courseId = courseId;
        lesson.moduleId = moduleIds.get(module.slug());
        lesson.slug = lessonSource.slug();
        lesson.position = position++;
        lesson.active = true;
        lessons.persist(lesson);
        lessons.flush();
        writeVersion(lesson, lessonSource, editorId);
        lessonSource.images().forEach(image -> writeAsset(courseId, module.slug(), image));
      }
    }
  }

  private void writeVersion(Lesson lesson, LessonSource source, Long editorId) {
    if (lesson.currentVersionId != null) {
      LessonVersion current = versions.findById(lesson.currentVersionId);
      if (current.contentHash.equals(source.contentHash())) {
        // Versions stored before the files were kept get them now, for export.
        keepSources(current, source);
        return;
      }
    }
    LessonVersion version = new LessonVersion();
    version.lessonId = lesson.id;
    version.version = (int) versions.countOf(lesson.id) + 1;
    version.contentHash = source.contentHash();
    source
        .text(Language.VI)
        .ifPresent(
            t -> {
              version.titleVi = t.title();
              version.markdownVi = t.markdown();
            });
    source
        .text(Language.EN)
        .ifPresent(
            t -> {
              version.titleEn = t.title();
              version.markdownEn = t.markdown();
            });
    version.minutes = CourseWriter.minutes(source);
    version.createdAt = clock.instant();
    version.editedBy = editorId;
    keepSources(version, source);
    versions.persist(version);
    versions.flush();
    lesson.currentVersionId = version.id;
  }

  private static void keepSources(LessonVersion version, LessonSource source) {
    if (version.sourceVi == null && version.sourceEn == null) {
      version.sourceVi = source.text(Language.VI).map(LessonText::source).orElse(null);
      version.sourceEn = source.text(Language.EN).map(LessonText::source).orElse(null);
    }
  }

  private void writeAsset(Long courseId, String moduleSlug, LessonImage image) {
    CourseAsset asset = assets.find(courseId, moduleSlug, image.reference()).orElse(null);
    if (asset != null && asset.contentHash.equals(image.contentHash())) {
      return;
    }
    if (asset == null) {
      asset = new CourseAsset();
      asset.courseId = courseId;
      asset.moduleSlug = moduleSlug;
      asset.reference = image.reference();
    }
    asset.contentType = contentType(image.reference());
    asset.contentHash = image.contentHash();
    try {
      asset.data = Files.readAllBytes(image.file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + image.path(), e);
    }
    assets.persist(asset);
  }

  /** The media type for the image extensions the content reader accepts. */
  static String contentType(String reference) {
    String name = reference.toLowerCase(Locale.ROOT);
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      case "gif" -> "image/gif";
      case "svg" -> "image/svg+xml";
      case "webp" -> "image/webp";
      default -> "application/octet-stream";
    };
  }
}
