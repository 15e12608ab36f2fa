package vn.hocsau.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.system.i18n.Language;

/** Reads one language version of a lesson: front matter, Markdown body, referenced images. */
final class LessonFileReader {

  /** A lesson file that passed every check. */
  record LessonFile(LessonText text, List<LessonImage> images) {}

  private static final Set<String> FIELDS = Set.of("title", "minutes");
  private static final int MAX_MINUTES = 600;

  private LessonFileReader() {}

  static Optional<LessonFile> read(
      Path file, Language language, Path moduleDir, Problems problems) {
    Optional<String> text = SourceText.read(file, problems);
    Optional<FrontMatter> split = text.flatMap(t -> FrontMatter.split(t, file, problems));
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter frontMatter = split.get();
    Optional<YamlMap> yaml =
        YamlSource.parse(file, frontMatter.yaml(), FrontMatter.YAML_LINE_OFFSET, problems);
    yaml.ifPresent(map -> map.rejectUnknown(FIELDS));
    Optional<String> title = yaml.flatMap(map -> map.text("title"));
    Optional<Integer> minutes = yaml.flatMap(map -> map.integer("minutes", 1, MAX_MINUTES));
    Optional<List<LessonImage>> images = images(frontMatter, file, moduleDir, problems);
    LessonFigures.check(frontMatter.body(), frontMatter.bodyLine(), file, problems);
    if (title.isEmpty() || minutes.isEmpty() || images.isEmpty()) {
      return Optional.empty();
    }
    LessonText lesson =
        new LessonText(
            language,
            problems.relative(file),
            title.get(),
            minutes.get(),
            frontMatter.body(),
            frontMatter.bodyLine(),
            ContentHash.of(text.get()),
            text.get());
    return Optional.of(new LessonFile(lesson, images.get()));
  }

  private static Optional<List<LessonImage>> images(
      FrontMatter frontMatter, Path file, Path moduleDir, Problems problems) {
    List<ImageRefs.ImageRef> refs = ImageRefs.scan(frontMatter.body(), frontMatter.bodyLine());
    List<LessonImage> images = new ArrayList<>();
    for (ImageRefs.ImageRef ref : refs) {
      LessonImageFiles.resolve(moduleDir, ref, file, problems).ifPresent(images::add);
    }
    return images.size() == refs.size() ? Optional.of(images) : Optional.empty();
  }
}
