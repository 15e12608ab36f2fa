package vn.hocsau.course.path;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.LearningPathSource;
import vn.hocsau.system.i18n.Language;

/** The learning path is stored as JSON; the form written by earlier versions must still read. */
class LearningPathJsonTest {

  @Test
  void aPathStoredByAnEarlierVersionReadsAndIsWrittenTheSameWay() throws IOException {
    String stored = Files.readString(Path.of("src/test/resources/stored/learning-path-v1.json"));
    LearningPathSource path = LearningPathJson.read(stored);
    LearningPathSource.Stage first = path.stages().get(0);
    assertEquals("Nền tảng", first.title().in(Language.VI));
    assertEquals("Foundations", first.title().in(Language.EN));
    assertEquals(
        "Maths for deep learning", first.courses().get(0).plannedTitle().get().in(Language.EN));
    assertEquals(stored, LearningPathJson.write(path));
  }
}
