package vn.hocsau.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.hocsau.system.i18n.Language;

/**
 * Reads the lessons of one module: the {@code NN-slug.LANG.md} files directly in its folder,
 * grouped into lessons by number and slug.
 */
final class LessonsReader {

  /** A lesson file name that parsed. */
  private record LessonFileName(Path file, NumberedName name, Language language) {}

  private LessonsReader() {}

  static List<LessonSource> read(Path moduleDir, Problems problems) {
    Map<Integer, List<LessonFileName>> byNumber = new TreeMap<>();
    Map<String, LessonFileName> bySlug = new LinkedHashMap<>();
    for (Path file : markdownFiles(moduleDir)) {
      parseName(file, problems)
          .filter(name -> isUnique(name, byNumber, bySlug, problems))
          .ifPresent(
              name ->
                  byNumber.computeIfAbsent(name.name().number(), n -> new ArrayList<>()).add(name));
    }
    List<LessonSource> lessons = new ArrayList<>();
    for (List<LessonFileName> files : byNumber.values()) {
      lesson(files, moduleDir, problems).ifPresent(lessons::add);
    }
    return lessons;
  }

  /** The {@code .md} files directly in the module folder, by name. */
  static List<Path> markdownFiles(Path moduleDir) {
    try (Stream<Path> files = Files.list(moduleDir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<LessonFileName> parseName(Path file, Problems problems) {
    String fileName = file.getFileName().toString();
    String[] parts = fileName.substring(0, fileName.length() - ".md".length()).split("\\.", -1);
    Optional<NumberedName> name = NumberedName.parse(parts[0]);
    if (name.isEmpty() || parts.length > 2) {
      problems.error(file, 1, "lesson file name must look like NN-slug.vi.md or NN-slug.en.md");
      return Optional.empty();
    }
    if (!Slugs.isValid(name.get().slug())) {
      problems.error(file, 1, Slugs.invalid("lesson slug", name.get().slug()));
      return Optional.empty();
    }
    if (parts.length == 1) {
      problems.error(
          file,
          1,
          "lesson has no language: name it " + parts[0] + ".vi.md or " + parts[0] + ".en.md");
      return Optional.empty();
    }
    Optional<Language> language =
        Language.fromCode(parts[1]).filter(l -> l.code().equals(parts[1]));
    if (language.isEmpty()) {
      problems.error(file, 1, "unknown language '" + parts[1] + "' in file name (use vi or en)");
      return Optional.empty();
    }
    return Optional.of(new LessonFileName(file, name.get(), language.get()));
  }

  /** Two lessons may not share a number, nor a slug; language versions share both. */
  private static boolean isUnique(
      LessonFileName name,
      Map<Integer, List<LessonFileName>> byNumber,
      Map<String, LessonFileName> bySlug,
      Problems problems) {
    List<LessonFileName> sameNumber = byNumber.getOrDefault(name.name().number(), List.of());
    if (!sameNumber.isEmpty() && !sameNumber.get(0).name().slug().equals(name.name().slug())) {
      problems.error(
          name.file(),
          1,
          "duplicate lesson number "
              + name.name().digits()
              + " (also "
              + fileName(sameNumber.get(0))
              + ")");
      return false;
    }
    LessonFileName sameSlug = bySlug.putIfAbsent(name.name().slug(), name);
    if (sameSlug != null && sameSlug.name().number() != name.name().number()) {
      problems.error(
          name.file(),
          1,
          "duplicate lesson slug '" + name.name().slug() + "' (also " + fileName(sameSlug) + ")");
      return false;
    }
    return true;
  }

  private static String fileName(LessonFileName name) {
    return name.file().getFileName().toString();
  }

  private static Optional<LessonSource> lesson(
      List<LessonFileName> files, Path moduleDir, Problems problems) {
    Map<Language, LessonText> texts = new EnumMap<>(Language.class);
    Map<String, LessonImage> images = new TreeMap<>();
    boolean valid = true;
    for (LessonFileName name : files) {
      Optional<LessonFileReader.LessonFile> file =
          LessonFileReader.read(name.file(), name.language(), moduleDir, problems);
      file.ifPresent(f -> texts.put(name.language(), f.text()));
      file.ifPresent(
          f -> f.images().forEach(image -> images.putIfAbsent(image.reference(), image)));
      valid &= file.isPresent();
    }
    if (!valid) {
      return Optional.empty();
    }
    NumberedName name = files.get(0).name();
    List<LessonImage> imageList = List.copyOf(images.values());
    return Optional.of(
        new LessonSource(name.number(), name.slug(), texts, imageList, hash(texts, imageList)));
  }

  /** One fingerprint over every language version and image, so any change makes a new version. */
  private static String hash(Map<Language, LessonText> texts, List<LessonImage> images) {
    StringBuilder all = new StringBuilder();
    texts.forEach(
        (language, text) ->
            all.append(language.code()).append(' ').append(text.contentHash()).append('\n'));
    images.forEach(
        image ->
            all.append("image ")
                .append(image.reference())
                .append(' ')
                .append(image.contentHash())
                .append('\n'));
    return ContentHash.of(all.toString());
  }
}
