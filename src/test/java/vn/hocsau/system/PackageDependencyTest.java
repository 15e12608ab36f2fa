package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs: ARCHITECTURE "Dependencies"): {@code system} knows no feature,
 * and {@code account}, which {@code job} uses, does not use {@code job}. Read from the sources, so
 * a fully qualified name in code or Javadoc counts as much as an import.
 */
class PackageDependencyTest {

  private static final Path SOURCES = Path.of("src/main/java/vn/hocsau");
  private static final String FEATURES =
      "account|course|quiz|lab|submission|job|grading|leaderboard|certificate|grant";

  @Test
  void systemUsesNoFeature() {
    assertEquals(List.of(), uses("system", FEATURES));
  }

  @Test
  void accountDoesNotUseJob() {
    assertEquals(List.of(), uses("account", "job"));
  }

  /** The lines of package {@code from} that name a class of one of the {@code to} packages. */
  private static List<String> uses(String from, String to) {
    Pattern name = Pattern.compile("\\bvn\\.hocsau\\.(" + to + ")\\b");
    try (Stream<Path> files = Files.walk(SOURCES.resolve(from))) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .flatMap(f -> lines(f).filter(l -> name.matcher(l).find()).map(l -> f + ": " + l))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
