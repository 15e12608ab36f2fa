package vn.hocsau.course.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.content.LearningPathReader;
import vn.hocsau.content.LearningPathSource;
import vn.hocsau.content.Problem;
import vn.hocsau.course.CourseFolder;

/** {@code path.yaml}: the real one, and the mistakes an author can make, each at its line. */
class LearningPathReaderTest {

  @Test
  void theRepositoryPathHasTheFourStagesAndTheSampleCourse() {
    LearningPathReader.Result read = LearningPathReader.read(Path.of("courses"));
    assertEquals(List.of(), read.problems());
    LearningPathSource path = read.path().orElseThrow();
    assertEquals(
        List.of("nen-tang", "hoc-sau-co-ban", "nang-cao", "du-an"),
        path.stages().stream().map(LearningPathSource.Stage::id).toList());
    assertTrue(
        path.stages().get(1).courses().stream()
            .anyMatch(e -> e.slug().equals("nhap-mon-hoc-sau") && e.plannedTitle().isEmpty()));
  }

  @Test
  void noFileIsNoPathAndNoProblem(@TempDir Path dir) {
    LearningPathReader.Result read = LearningPathReader.read(dir);
    assertTrue(read.path().isEmpty());
    assertEquals(List.of(), read.problems());
  }

  @Test
  void reportsUnknownCoursesDuplicatesAndBadIdsAtTheirLines(@TempDir Path dir) throws IOException {
    CourseFolder.write(dir, "co-that", null, false);
    Files.writeString(
        dir.resolve("path.yaml"),
        String.join(
            "\n",
            "stages:",
            "  - id: mot",
            "    title: {vi: Một, en: One}",
            "    courses:",
            "      - co-that",
            "      - khong-co",
            "  - id: mot",
            "    title: {vi: Hai, en: Two}",
            "    courses:",
            "      - co-that",
            "      - {slug: Sai_Slug, title: {vi: X, en: X}}",
            "  - id: ba",
            "    courses: [{slug: sau-nay, title: {vi: Sau, en: Later}}]",
            ""),
        StandardCharsets.UTF_8);
    LearningPathReader.Result read = LearningPathReader.read(dir);
    assertTrue(read.path().isEmpty());
    List<String> lines = read.problems().stream().map(Problem::toString).toList();
    assertEquals(5, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("path.yaml:6: unknown course 'khong-co'"), lines.get(0));
    assertTrue(lines.get(1).startsWith("path.yaml:7: stage id 'mot' is used twice"), lines.get(1));
    assertEquals("path.yaml:10: course 'co-that' is already in the path", lines.get(2));
    assertTrue(
        lines.get(3).startsWith("path.yaml:11: invalid course slug 'Sai_Slug'"), lines.get(3));
    assertEquals("path.yaml:12: missing field 'title'", lines.get(4));
  }
}
