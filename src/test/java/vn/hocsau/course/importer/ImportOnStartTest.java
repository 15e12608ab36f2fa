package vn.hocsau.course.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/** With {@code hocsau.courses.import-on-start=true}, the folder is imported before any request. */
@QuarkusTest
@TestProfile(ImportOnStartTest.ImportOnStart.class)
class ImportOnStartTest {

  /**
   * A course slug no other test uses, so its presence proves the start-up import. Fixed, because
   * the profile and the test instance live in different class loaders.
   */
  static final String SLUG = "khoi-dong";

  @Inject SampleCourses samples;

  @Test
  void theCourseFolderWasImportedAtStartUp() {
    assertTrue(samples.exists(SLUG));
  }

  /** Turns the start-up import on, for a folder holding one fresh copy of {@code nang-cao}. */
  public static class ImportOnStart implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "hocsau.courses.import-on-start", "true", "hocsau.courses.dir", folder().toString());
    }
  }

  private static Path folder() {
    try {
      Path root = Files.createTempDirectory("hocsau-courses");
      Path from = SampleCourses.VALID.resolve("nang-cao");
      Path to = root.resolve(SLUG);
      try (Stream<Path> paths = Files.walk(from)) {
        for (Path source : paths.toList()) {
          Path target = to.resolve(from.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        }
      }
      Path yaml = to.resolve("course.yaml");
      Files.writeString(
          yaml,
          Files.readString(yaml)
              .replace("slug: nang-cao", "slug: " + SLUG)
              .replace("prerequisites: [co-ban]", "prerequisites: []"));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
