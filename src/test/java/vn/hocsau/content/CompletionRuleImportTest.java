package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.course.importer.ImportReport;

/**
 * A completion rule that names a module without a quiz, or a lab the course does not have, keeps
 * the whole course out of the database: otherwise nobody could ever complete it.
 */
@QuarkusTest
class CompletionRuleImportTest {

  @Inject CourseImporter importer;
  @Inject CourseRepository courses;

  @TempDir Path dir;

  @Test
  void aRuleNamingAMissingQuizOrLabIsRefusedAtImport() {
    String slug = "ri-" + Long.toString(System.nanoTime(), 36);
    CourseFolder.write(
        dir, slug, "\n  rule: all-lessons\n  quizzes: [{module: mot}]\n  labs: [khong-co]", false);
    ImportReport report = importer.importFolder(dir);
    assertEquals(List.of(slug), report.rejected());
    assertEquals(
        List.of(
            slug
                + "/course.yaml:7: completion names the quiz of module 'mot', but no module of"
                + " that slug has a quiz",
            slug
                + "/course.yaml:8: completion names lab 'khong-co', but labs/khong-co has no"
                + " lab.yaml"),
        report.problems());
    assertTrue(courses.findBySlug(slug).isEmpty(), "the course was not imported");
  }
}
