package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real training through {@link Main} on tiny generated data: events, predictions, accuracy. */
class MainEndToEndTest {

  @TempDir Path dir;

  @Test
  void mlpOnCsvBlobsLearnsAndWritesEveryPrediction() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .blobs(400, 37, 4)
            .submission(
                "config",
                "network.yaml",
                "epochs: 5\nbatchSize: 16\noptimizer: {lr: 0.01}\nlayers:\n  - dense: {units: 16}\n");

    assertEquals(0, folder.run());

    JsonNode started = folder.events("started").get(0);
    assertEquals(5, started.get("epochs").intValue());
    assertEquals(360, started.get("examples").intValue(), "10% held out for validation");
    assertEquals(4 * 16 + 16 + 16 * 2 + 2, started.get("parameters").intValue());
    List<JsonNode> epochs = folder.events("epoch");
    assertEquals(5, epochs.size());
    JsonNode last = epochs.get(4);
    assertEquals(5, last.get("epoch").intValue());
    assertTrue(last.get("loss").doubleValue() < epochs.get(0).get("loss").doubleValue() + 1e-9);
    assertTrue(last.get("metrics").get("val_accuracy").doubleValue() > 0.85, last.toString());
    assertTrue(last.get("metrics").get("train_accuracy").doubleValue() > 0.85, last.toString());
    assertTrue(last.get("examplesPerSecond").doubleValue() > 0);
    assertEquals(1, folder.events("finished").size());

    List<String> predictions = folder.predictions();
    assertEquals("id,p0,p1", predictions.get(0));
    assertEquals(38, predictions.size());
    assertTrue(predictions.get(1).startsWith("q0,"));
    String[] cells = predictions.get(1).split(",");
    assertEquals(1.0, Double.parseDouble(cells[1]) + Double.parseDouble(cells[2]), 1e-4);
  }

  @Test
  void cnnOnGzippedIdxImagesLearnsTheBars() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .bars(600, 30, true)
            .output("labels")
            .maxEpochs(6)
            .submission(
                "config",
                "network.yaml",
                """
                epochs: 8
                batchSize: 32
                layers:
                  - conv2d: {filters: 8, kernel: 3}
                  - maxpool: {size: 2}
                  - dense: {units: 16}
                """);

    assertEquals(0, folder.run());

    assertTrue(
        folder.events("log").stream()
            .anyMatch(
                e ->
                    e.get("message")
                        .asText()
                        .equals("epochs capped at 6 by the lab (asked for 8)")));
    List<JsonNode> epochs = folder.events("epoch");
    assertEquals(6, epochs.size());
    assertTrue(
        epochs.get(5).get("metrics").get("val_accuracy").doubleValue() > 0.8,
        epochs.get(5).toString());
    List<String> predictions = folder.predictions();
    assertEquals("id,prediction", predictions.get(0));
    assertEquals(31, predictions.size());
    assertTrue(predictions.get(1).matches("0,[012]"), predictions.get(1));
    JsonNode started = folder.events("started").get(0);
    JsonNode finished = folder.events("finished").get(0);
    if (OneDnnHelpers.available()) {
      assertEquals("onednn", started.get("helpers").asText());
      assertEquals(
          "onednn",
          finished.get("helpers").asText(),
          "helpers really ran: " + folder.events("log"));
    } else {
      assertEquals("none", started.get("helpers").asText());
    }
  }

  @Test
  void regressionWritesValuesUnderTheGivenIds() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .line(300, 5)
            .submission(
                "config",
                "net.json",
                "{\"epochs\": 20, \"optimizer\": {\"lr\": 0.01}, \"layers\": [{\"dense\": {\"units\": 8}}]}");

    assertEquals(0, folder.run());

    JsonNode last = folder.events("epoch").get(19);
    assertTrue(last.get("metrics").get("val_rmse").doubleValue() < 0.5, last.toString());
    List<String> predictions = folder.predictions();
    assertEquals("id,prediction", predictions.get(0));
    assertTrue(predictions.get(5).startsWith("r4,"));
  }

  @Test
  void divergingTrainingIsARuntimeError() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .line(200, 5)
            .submission(
                "config",
                "net.yaml",
                "epochs: 3\noptimizer: {type: sgd, lr: 10}\nlayers:\n  - dense: {units: 64, activation: identity}\n  - dense: {units: 64, activation: identity}\n");

    assertEquals(4, folder.run());

    String message = folder.verdict().get("message").asText();
    assertEquals("RUNTIME_ERROR", folder.verdict().get("errorClass").asText());
    assertTrue(message.startsWith("training diverged: the loss became"), message);
    assertEquals("trainer_diverged", folder.verdict().get("code").asText());
    assertEquals(3, folder.verdict().get("args").size());
  }

  @Test
  void configMistakesAreReportedBeforeTraining() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .blobs(50, 5, 4)
            .submission(
                "config",
                "network.yaml",
                "layers:\n  - dense: {units: 8}\n  - conv2d: {filters: 4}\n");

    assertEquals(2, folder.run());

    assertEquals("CONFIG_ERROR", folder.verdict().get("errorClass").asText());
    assertTrue(
        folder.verdict().get("message").asText().startsWith("layer 2 (conv2d): needs image input"),
        folder.verdict().toString());
    assertTrue(folder.events("started").isEmpty());
  }
}
