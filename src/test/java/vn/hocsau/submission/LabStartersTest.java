package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.lab.StoredDownload;

/**
 * Which starter the lab page's editor starts with for each kind: by extension, the first by name,
 * UTF-8 text only (with a byte-order mark and CRLF line ends undone), nothing for a kind that is
 * not typed, and only the fitting files read.
 */
class LabStartersTest {

  private final List<String> read = new ArrayList<>();

  private Optional<StoredDownload> load(String name) {
    read.add(name);
    byte[] bytes =
        switch (name) {
          case "a.yaml" -> "\uFEFFepochs: 1\r\nlayers: []\r\n".getBytes(StandardCharsets.UTF_8);
          case "b.yml" -> "epochs: 2\n".getBytes(StandardCharsets.UTF_8);
          case "Bad.java" -> new byte[] {(byte) 0xC3, (byte) 0x28};
          case "Model.java" -> "class Model {}\n".getBytes(StandardCharsets.UTF_8);
          default -> "id,prediction\n".getBytes(StandardCharsets.UTF_8);
        };
    return Optional.of(new StoredDownload(name, bytes));
  }

  @Test
  void eachTextKindGetsItsFirstFittingUtf8StarterAndNothingElseIsRead() {
    List<String> names = List.of("Bad.java", "Model.java", "a.yaml", "b.yml", "sample.csv");
    Map<String, String> starters =
        LabStarters.of(
            names,
            this::load,
            List.of(
                SubmissionKind.PREDICTIONS,
                SubmissionKind.CONFIG,
                SubmissionKind.JAVA,
                SubmissionKind.DL4J_JSON,
                SubmissionKind.DL4J_ZIP));
    assertEquals(Map.of("config", "epochs: 1\nlayers: []\n", "java", "class Model {}\n"), starters);
    assertEquals(List.of("config", "java"), List.copyOf(starters.keySet()), "the lab's order");
    assertEquals(List.of("a.yaml", "Bad.java", "Model.java"), read, "the CSV is never read");
  }

  @Test
  void aPredictionsOnlyLabHasNoStarter() {
    assertEquals(
        Map.of(),
        LabStarters.of(List.of("a.yaml"), this::load, List.of(SubmissionKind.PREDICTIONS)));
  }
}
