package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learner Java sources, compiled in memory and trained through {@link Main}. */
class JavaSubmissionTest {

  private static final String IMPORTS =
      """
      import java.util.Map;
      import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
      import org.deeplearning4j.nn.conf.layers.DenseLayer;
      import org.deeplearning4j.nn.conf.layers.OutputLayer;
      import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
      import org.nd4j.linalg.activations.Activation;
      import org.nd4j.linalg.learning.config.Adam;
      import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
      import vn.hocsau.trainer.api.LabContext;
      import vn.hocsau.trainer.api.LabModel;
      """;

  private static final String BUILD =
      """
        public MultiLayerNetwork build(LabContext ctx) {
          var conf = new NeuralNetConfiguration.Builder().seed(ctx.seed()).updater(new Adam(0.01))
              .list()
              .layer(new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build())
              .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(ctx.numClasses())
                  .activation(Activation.SOFTMAX).build())
              .setInputType(ctx.inputType())
              .build();
          return new MultiLayerNetwork(conf);
        }
      """;

  @TempDir Path dir;

  @Test
  void aCompilingModelTrainsWithTheStandardLoop() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + BUILD
            + "  public int epochs() { return 6; }\n"
            + "  public int batchSize() { return 16; }\n"
            + "}\n";
    JobFolder folder =
        new JobFolder(dir).blobs(300, 10, 3).submission("java", "Model.java", source);

    assertEquals(0, folder.run());

    List<JsonNode> epochs = folder.events("epoch");
    assertEquals(6, epochs.size());
    assertTrue(epochs.get(5).get("metrics").get("val_accuracy").doubleValue() > 0.85);
    assertEquals(11, folder.predictions().size());
  }

  @Test
  void aCustomLoopReportsItsOwnEpochs() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + BUILD
            + """
              public void train(LabContext ctx, MultiLayerNetwork net) {
                for (int e = 1; e <= ctx.epochs(); e++) {
                  ctx.trainingData().reset();
                  net.fit(ctx.trainingData());
                  ctx.reportEpoch(e, net.score(), Map.of("custom", 1.0));
                }
                ctx.log("done my way");
              }
            }
            """;
    JobFolder folder =
        new JobFolder(dir).blobs(200, 10, 3).maxEpochs(3).submission("java", "Model.java", source);

    assertEquals(0, folder.run());

    List<JsonNode> epochs = folder.events("epoch");
    assertEquals(3, epochs.size(), "the lab's cap reaches ctx.epochs()");
    assertEquals(1.0, epochs.get(2).get("metrics").get("custom").doubleValue());
    assertTrue(
        folder.events("log").stream()
            .anyMatch(e -> e.get("message").asText().equals("done my way")));
  }

  @Test
  void compileErrorsComeBackWithFileAndLine() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + "  public MultiLayerNetwork build(LabContext ctx) {\n"
            + "    return new MultiLayerNetwork(confg);\n"
            + "  }\n"
            + "}\n";
    JobFolder folder = new JobFolder(dir).blobs(50, 5, 3).submission("java", "Model.java", source);

    assertEquals(3, folder.run());

    JsonNode verdict = folder.verdict();
    assertEquals("COMPILE_ERROR", verdict.get("errorClass").asText());
    String message = verdict.get("message").asText();
    assertTrue(message.startsWith("Model.java:13: cannot find symbol"), message);
    assertTrue(message.contains("confg"), message);
  }

  @Test
  void aCompilerCrashOnDeeplyNestedCodeSaysWhy() throws Exception {
    int depth = 10_000;
    String[] expressions = {
      "(".repeat(depth) + "1" + ")".repeat(depth), "1+(".repeat(depth) + "1" + ")".repeat(depth)
    };
    for (String expression : expressions) {
      String source =
          IMPORTS
              + "public class Model implements LabModel {\n"
              + "  int x = "
              + expression
              + ";\n"
              + BUILD
              + "}\n";
      JobFolder folder =
          new JobFolder(Files.createTempDirectory(dir, "nested"))
              .blobs(50, 5, 3)
              .submission("java", "Model.java", source);

      assertEquals(3, folder.run());

      JsonNode verdict = folder.verdict();
      assertEquals("COMPILE_ERROR", verdict.get("errorClass").asText());
      String message = verdict.get("message").asText();
      assertTrue(
          message.startsWith(
              "the Java compiler failed: StackOverflowError: the code is nested too deeply"),
          message);
      assertTrue(message.length() < 400, message);
    }
  }

  @Test
  void aJavaModelOverTheSizeLimitIsRefusedBeforeTheTrainerInitialisesIt() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + BUILD.replace("nOut(16)", "nOut(1_000_000_000)")
            + "}\n";
    JobFolder folder = new JobFolder(dir).blobs(50, 5, 3).submission("java", "Model.java", source);

    int status = assertTimeoutPreemptively(Duration.ofSeconds(60), folder::run);

    assertEquals(2, status);
    assertTrue(
        folder
            .verdict()
            .get("message")
            .asText()
            .startsWith("layer 1 (DenseLayer) has nIn 3 and nOut 1000000000"),
        folder.verdict().toString());
  }

  @Test
  void anExceptionInBuildIsARuntimeErrorPointingAtTheLearnersLine() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + "  public MultiLayerNetwork build(LabContext ctx) {\n"
            + "    throw new IllegalStateException(\"not yet\");\n"
            + "  }\n"
            + "}\n";
    JobFolder folder = new JobFolder(dir).blobs(50, 5, 3).submission("java", "Model.java", source);

    assertEquals(4, folder.run());

    assertEquals(
        "build() threw java.lang.IllegalStateException: not yet at Model.java:13",
        folder.verdict().get("message").asText());
    assertEquals("java_threw", folder.verdict().get("code").asText());
    assertEquals("build()", folder.verdict().get("args").get(0).asText());
    assertEquals(
        "java.lang.IllegalStateException: not yet", folder.verdict().get("args").get(1).asText());
    assertEquals(13, folder.verdict().get("line").asInt());
  }

  @Test
  void aNetworkThatCannotReadTheDataIsACodedConfigError() throws Exception {
    String source =
        IMPORTS
            + "public class Model implements LabModel {\n"
            + "  public MultiLayerNetwork build(LabContext ctx) {\n"
            + "    var conf = new NeuralNetConfiguration.Builder().list()\n"
            + "        .layer(new DenseLayer.Builder().nIn(1234).nOut(8).build())\n"
            + "        .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(8).nOut(3)\n"
            + "            .activation(Activation.SOFTMAX).build())\n"
            + "        .build();\n"
            + "    return new MultiLayerNetwork(conf);\n"
            + "  }\n"
            + "}\n";
    JobFolder folder = new JobFolder(dir).blobs(50, 5, 3).submission("java", "Model.java", source);

    assertEquals(2, folder.run());

    JsonNode verdict = folder.verdict();
    assertTrue(
        verdict.get("message").asText().startsWith("the network does not fit the dataset"),
        verdict.toString());
    assertEquals("trainer_input_mismatch", verdict.get("code").asText());
    assertEquals(2, verdict.get("args").size());
  }

  @Test
  void aSourceWithoutALabModelIsAConfigError() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .blobs(50, 5, 3)
            .submission("java", "Model.java", "public class Model { }\n");

    assertEquals(2, folder.run());

    assertTrue(
        folder
            .verdict()
            .get("message")
            .asText()
            .contains("exactly one public class that implements"));
  }
}
