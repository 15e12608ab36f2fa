package vn.hocsau.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture trees under {@code src/test/resources/courses-fixtures/}, and writable copies of
 * them: a test copies the valid tree and breaks exactly one thing.
 */
final class Fixtures {

  /**
   * Two valid courses: {@code co-ban} (every question type, an image, one-language lessons) and
   * {@code nang-cao}, which has {@code co-ban} as prerequisite.
   */
  static final Path VALID = Path.of("src/test/resources/courses-fixtures/valid");

  /** A course with many errors in different files, for the "everything at once" report. */
  static final Path BROKEN = Path.of("src/test/resources/courses-fixtures/broken");

  private Fixtures() {}

  /** A writable copy of {@link #VALID} inside {@code temp}; returns its root. */
  static Path validCopy(Path temp) {
    Path root = temp.resolve("courses");
    try (Stream<Path> paths = Files.walk(VALID)) {
      for (Path source : paths.toList()) {
        Path target = root.resolve(VALID.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  /** Writes {@code text} as UTF-8 to {@code file} (relative to {@code root}). */
  static void write(Path root, String file, String text) {
    writeBytes(root, file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void writeBytes(Path root, String file, byte[] bytes) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path root, String file) {
    try {
      Files.delete(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errors found in {@code root}, as {@code file:line: message}. */
  static List<String> errors(Path root) {
    return CoursesReader.read(root).errors().stream().map(Problem::toString).toList();
  }
}
