package vn.hocsau.course.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.course.SampleCourses;

@QuarkusTest
class CourseImportTest {

  @Inject CourseImporter importer;
  @Inject SampleCourses samples;

  @BeforeEach
  void importSamples() {
    samples.importAll();
  }

  @Test
  void importingTwiceChangesNothing() {
    Long version = samples.currentVersion("co-ban", "chao");
    ImportReport again = importer.importFolder(SampleCourses.VALID);
    assertEquals(0, again.created());
    assertEquals(0, again.updated());
    assertEquals(2, again.unchanged());
    assertEquals(version, samples.currentVersion("co-ban", "chao"));
  }

  @Test
  void editingOneLessonMakesANewVersionOfThatLessonOnly(@TempDir Path temp) throws IOException {
    Path copy = copy(SampleCourses.VALID, temp.resolve("courses"));
    long chao = samples.versionCount("co-ban", "chao");
    long other = samples.versionCount("co-ban", "chi-viet");
    Long otherVersion = samples.currentVersion("co-ban", "chi-viet");
    Path lesson = copy.resolve("co-ban/modules/01-mo-dau/01-chao.vi.md");
    Files.writeString(
        lesson, Files.readString(lesson) + "\nMột câu mới.\n", StandardCharsets.UTF_8);

    ImportReport edited = importer.importFolder(copy);

    assertEquals(1, edited.updated());
    assertEquals(1, edited.unchanged());
    assertEquals(chao + 1, samples.versionCount("co-ban", "chao"));
    assertEquals(other, samples.versionCount("co-ban", "chi-viet"));
    assertEquals(otherVersion, samples.currentVersion("co-ban", "chi-viet"));

    // Back to the fixture, for the other tests: one more version, same text as before.
    assertEquals(1, importer.importFolder(SampleCourses.VALID).updated());
  }

  @Test
  void aCourseWithErrorsIsNotImportedAtAll() {
    ImportReport report =
        importer.importFolder(Path.of("src/test/resources/courses-fixtures/broken"));
    assertEquals(0, report.created() + report.updated() + report.unchanged());
    assertTrue(report.rejected().contains("hong"), report.rejected().toString());
    assertFalse(report.problems().isEmpty());
    assertTrue(
        report.problems().stream().allMatch(p -> p.matches("hong/\\S+:\\d+: .+")),
        report.problems().toString());
    assertFalse(samples.exists("hong"));
  }

  @Test
  void theRealCoursesImport() {
    ImportReport report = importer.importFolder(SampleCourses.REAL);
    assertEquals(0, report.rejected().size(), report.problems().toString());
    assertTrue(samples.exists("nhap-mon-hoc-sau"));
    assertNotEquals(null, samples.currentVersion("nhap-mon-hoc-sau", "no-ron"));
  }

  private static Path copy(Path from, Path to) throws IOException {
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
    return to;
  }
}
