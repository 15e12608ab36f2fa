package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update/parameter ratio in real epoch events: present on every epoch of the standard loop, and
 * it tracks the learning rate, so the platform's advice about it rests on a real measure.
 */
class UpdateRatioTest {

  @TempDir Path dir;

  @Test
  void everyEpochReportsTheRatioAndItGrowsWithTheLearningRate() throws Exception {
    double tiny = meanRatio(dir.resolve("tiny"), "{type: sgd, lr: 0.00001}");
    double usual = meanRatio(dir.resolve("usual"), "{type: sgd, lr: 0.01}");
    double adam = meanRatio(dir.resolve("adam"), "{type: adam}");
    double huge = meanRatio(dir.resolve("huge"), "{type: sgd, lr: 5.0}");
    System.out.printf(
        "update ratios: sgd 1e-5 %.3g, sgd 1e-2 %.3g, adam 1e-3 %.3g, sgd 5 %.3g%n",
        tiny, usual, adam, huge);
    // The platform's healthy band is 1e-4 to 5e-2 (TrainingDiagnosis.RATIO_LOW/HIGH): the usual
    // settings must fall inside it, and the broken ones outside.
    assertTrue(tiny < 1e-4, "lr 1e-5 moves the weights very little: " + tiny);
    assertTrue(usual > 1e-4 && usual < 5e-2, "SGD at 0.01: " + usual);
    assertTrue(adam > 1e-4 && adam < 5e-2, "Adam at its default 1e-3: " + adam);
    assertTrue(huge > 5e-2, "lr 5 moves them a lot: " + huge);
  }

  @Test
  void aWrittenEventWithoutARatioHasNoField() {
    String line = EventWriter.toJsonLine(new TrainingEvent(1, 2, 0.5, java.util.Map.of(), 10, 1));
    assertTrue(!line.contains("updateRatio"), line);
    String measured =
        EventWriter.toJsonLine(new TrainingEvent(1, 2, 0.5, java.util.Map.of(), 10, 1, 0.00125));
    assertTrue(measured.contains(",\"updateRatio\":0.00125}"), measured);
  }

  private static double meanRatio(Path dir, String optimizer) throws Exception {
    java.nio.file.Files.createDirectories(dir);
    JobFolder folder =
        new JobFolder(dir)
            .blobs(400, 10, 4)
            .submission(
                "config",
                "network.yaml",
                "epochs: 3\nbatchSize: 16\noptimizer: "
                    + optimizer
                    + "\nlayers:\n  - dense: {units: 16}\n");
    assertEquals(0, folder.run());
    List<JsonNode> epochs = folder.events("epoch");
    assertEquals(3, epochs.size());
    double sum = 0;
    for (JsonNode e : epochs) {
      JsonNode ratio = e.get("updateRatio");
      // 0 is a real value: a saturated softmax can give a step with no gradient at all.
      assertTrue(ratio != null && ratio.isNumber() && ratio.doubleValue() >= 0, e.toString());
      sum += ratio.doubleValue();
    }
    return sum / epochs.size();
  }
}
