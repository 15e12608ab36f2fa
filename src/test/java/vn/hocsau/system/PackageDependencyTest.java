package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs: ARCHITECTURE "Dependencies"): {@code system} knows no feature,
 * {@code account}, which {@code job} uses, does not use {@code job}, and {@code content} is a
 * library of the {@code courses/} format with no framework in it. Read from the sources, so a fully
 * qualified name in code or Javadoc counts as much as an import.
 */
class PackageDependencyTest {

  private static final Path SOURCES = Path.of("src/main/java/vn/hocsau");

  /** The shared courses/ format module, compiled into the platform and into cli/. */
  private static final Path FORMAT = Path.of("course-format/src/main/java/vn/hocsau");

  private static final String FEATURES =
      "account|course|quiz|lab|submission|job|grading|leaderboard|certificate|grant";

  /** Names of Quarkus, Jakarta EE, Hibernate/Panache and their companions. */
  private static final Pattern FRAMEWORK =
      Pattern.compile(
          "\\b(io\\.quarkus|jakarta|javax\\.persistence|org\\.hibernate|io\\.smallrye|org\\.jboss"
              + "|org\\.eclipse\\.microprofile)\\.");

  /** A class of the platform named in full: its package under vn.hocsau, then the class or '*'. */
  private static final Pattern PLATFORM_CLASS =
      Pattern.compile("\\bvn\\.hocsau\\.((?:[a-z]\\w*\\.)*)([A-Z]\\w*|\\*)");

  /**
   * The plain values that {@code content} may take from elsewhere in the platform; each must import
   * nothing but the JDK (checked below), so the library stays usable without the web app.
   */
  private static final List<String> CONTENT_MAY_USE =
      List.of(
          "system.i18n.Language", "system.Sha256", "grading.Metric", "grading.PredictionFormat");

  @Test
  void systemUsesNoFeature() {
    assertEquals(List.of(), uses("system", FEATURES));
  }

  @Test
  void accountDoesNotUseJob() {
    assertEquals(List.of(), uses("account", "job"));
  }

  @Test
  void contentUsesNoFrameworkAndNoFeature() {
    List<String> found =
        javaLines(FORMAT, "content")
            .filter(
                line -> {
                  if (FRAMEWORK.matcher(line).find()) {
                    return true;
                  }
                  Matcher name = PLATFORM_CLASS.matcher(line);
                  while (name.find()) {
                    String used = name.group(1) + name.group(2);
                    if (!used.startsWith("content.") && !CONTENT_MAY_USE.contains(used)) {
                      return true;
                    }
                  }
                  return false;
                })
            .toList();
    assertEquals(List.of(), found);
  }

  /**
   * Each feature words its own pages: its one {@code @MessageBundle} sits in the feature's top
   * package (the site's own, {@code msg}, in {@code system.i18n}), never in another feature's.
   */
  @Test
  void eachMessageBundleSitsInItsOwnFeatureOnePerFeature() throws IOException {
    List<String> bundles;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      bundles =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f).anyMatch(l -> l.startsWith("@MessageBundle")))
              .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
              .sorted()
              .toList();
    }
    assertEquals(
        List.of(
            "account",
            "certificate",
            "course",
            "grant",
            "job",
            "leaderboard",
            "quiz",
            "submission",
            "system.i18n"),
        bundles);
  }

  private static final Pattern REPOSITORY_IMPORT =
      Pattern.compile("^import vn\\.hocsau\\.(([a-z]+)\\.(?:[a-z]+\\.)*[A-Z]\\w*Repository);");

  /**
   * Every table has one owning feature: other features call the owner's service ({@code
   * course.Courses}, {@code quiz.store.ModuleQuizzes}, {@code lab.Labs}, {@code lab.Datasets}…) or
   * read its published records, never its repository (ARCHITECTURE, issue 16).
   */
  @Test
  void noFeatureImportsAnotherFeaturesRepository() throws IOException {
    List<String> found;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      found =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(
                  f -> {
                    String rel = SOURCES.relativize(f).toString().replace('\\', '/');
                    String feature = rel.substring(0, rel.indexOf('/'));
                    return lines(f)
                        .map(REPOSITORY_IMPORT::matcher)
                        .filter(Matcher::find)
                        .filter(m -> !m.group(2).equals(feature))
                        .map(m -> rel + " -> " + m.group(1));
                  })
              .sorted()
              .toList();
    }
    assertEquals(List.of(), found);
  }

  /** The shared module holds {@code content} and the plain values it may use, nothing else. */
  @Test
  void theCourseFormatModuleHoldsContentAndItsValuesOnly() throws IOException {
    try (Stream<Path> files = Files.walk(FORMAT)) {
      List<String> strays =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(f -> FORMAT.relativize(f).toString().replace('/', '.'))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .filter(n -> !n.startsWith("content.") && !CONTENT_MAY_USE.contains(n))
              .toList();
      assertEquals(List.of(), strays);
    }
  }

  @Test
  void whatContentUsesImportsOnlyTheJdk() {
    List<String> found =
        CONTENT_MAY_USE.stream()
            .map(name -> FORMAT.resolve(name.replace('.', '/') + ".java"))
            .flatMap(f -> lines(f).map(l -> f + ": " + l))
            .filter(l -> l.contains(": import ") && !l.contains(": import java."))
            .toList();
    assertEquals(List.of(), found);
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

  /** Every line of the sources of package {@code pkg}, each prefixed by its file. */
  private static Stream<String> javaLines(Path root, String pkg) {
    try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream()
          .flatMap(f -> lines(f).map(l -> f + ": " + l));
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
