package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.layers.recurrent.SimpleRnn;
import org.deeplearning4j.nn.conf.memory.MemoryUseMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import vn.hocsau.trainer.config.NetworkConfigParser;

/**
 * Networks that pass the parameter limit but need gigabytes for their activations are refused
 * before anything is allocated, whatever their kind; honest networks, and the course's samples
 * under a 1 GiB job, are not.
 */
class MemoryBudgetTest {

  /** What the runner passes a 1 GiB job: 80% of its memory. */
  static final long ONE_GIB_JOB = (1L << 30) / 100 * 80;

  private static final int[] BARS = {1, 8, 8};
  private static final int[] FASHION = {1, 28, 28};
  private static final Duration QUICKLY = Duration.ofSeconds(30);

  @TempDir Path dir;

  /**
   * Upsampling 8x8 bars to {@code size} times larger, then averaged: 8 parameters. (The 1x1
   * convolution first makes the trainer feed images: it does not take a first Upsampling2D for an
   * image layer.)
   */
  private static MultiLayerConfiguration upsampling(int size) {
    return new NeuralNetConfiguration.Builder()
        .list()
        .layer(new ConvolutionLayer.Builder(1, 1).nOut(1).build())
        .layer(new Upsampling2D.Builder().size(size).build())
        .layer(new GlobalPoolingLayer.Builder().build())
        .layer(new OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(8, 8, 1))
        .build();
  }

  @Test
  void anUpsamplingJsonNetworkNeedingGigabytesIsRefusedBeforeTraining() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .bars(20, 2, false)
            .maxEpochs(1)
            .submission("dl4j-json", "model.json", upsampling(400).toJson());

    int status = assertTimeoutPreemptively(QUICKLY, () -> folder.runWithBudget(ONE_GIB_JOB));

    assertEquals(2, status);
    String message = folder.verdict().get("message").asText();
    assertTrue(
        message.startsWith("the network needs about 4.9 GiB of memory to train on batches of 64"),
        message);
    assertTrue(
        message.contains(
            "layer 2 (Upsampling2D) alone takes about 2.4 GiB), more than the 819 MiB this job may use;"
                + " use fewer units or filters, less upsampling, or pool earlier"),
        message);
    assertTrue(message.endsWith("pool earlier"), "a dl4j-json's batch size is fixed: " + message);
    assertTrue(folder.events("started").isEmpty(), "refused before the data was loaded");
  }

  @Test
  void aDslConfigWithWideConvolutionsOnAHugeBatchIsRefused() throws Exception {
    String config =
        "layers:\n  - conv2d: {filters: 1024}\n  - maxpool: {size: 8}\n  - dense: {units: 16}\n";
    JobFolder huge =
        new JobFolder(dir.resolve("huge"))
            .bars(20, 2, false)
            .maxEpochs(1)
            .submission("config", "network.yaml", "batchSize: 4096\n" + config);

    int status = assertTimeoutPreemptively(QUICKLY, () -> huge.runWithBudget(ONE_GIB_JOB));

    assertEquals(2, status);
    String message = huge.verdict().get("message").asText();
    assertTrue(
        message.startsWith("the network needs about 3.0 GiB of memory to train on batches of 4096"),
        message);
    assertTrue(message.endsWith("pool earlier, or a smaller batchSize"), message);

    JobFolder honest =
        new JobFolder(dir.resolve("honest"))
            .bars(60, 5, false)
            .maxEpochs(1)
            .submission("config", "network.yaml", "batchSize: 64\n" + config);
    assertEquals(0, honest.runWithBudget(ONE_GIB_JOB));
    assertEquals(6, honest.predictions().size());
  }

  @Test
  void aJavaModelIsCheckedAfterBuildBeforeTheTrainerInitialisesIt() throws Exception {
    String source =
        """
        import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
        import org.deeplearning4j.nn.conf.layers.*;
        import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
        import org.nd4j.linalg.activations.Activation;
        import vn.hocsau.trainer.api.LabContext;
        import vn.hocsau.trainer.api.LabModel;
        public class Model implements LabModel {
          public MultiLayerNetwork build(LabContext ctx) {
            return new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new ConvolutionLayer.Builder(1, 1).nOut(1).build())
                .layer(new Upsampling2D.Builder().size(400).build())
                .layer(new GlobalPoolingLayer.Builder().build())
                .layer(new OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(ctx.inputType()).build());
          }
          public int batchSize() { return 32; }
        }
        """;
    JobFolder folder =
        new JobFolder(dir).bars(20, 2, false).submission("java", "Model.java", source);

    assertEquals(2, assertTimeoutPreemptively(QUICKLY, () -> folder.runWithBudget(ONE_GIB_JOB)));

    String message = folder.verdict().get("message").asText();
    assertTrue(message.contains("to train on batches of 32"), message);
    assertTrue(message.endsWith(", or a smaller batchSize()"), message);
  }

  @Test
  void aModelZipIsCheckedForItsPredictionBatches() throws Exception {
    MultiLayerNetwork net = new MultiLayerNetwork(upsampling(100));
    net.init();
    Path zip = dir.resolve("saved.zip");
    ModelSerializer.writeModel(net, zip.toFile(), false);
    JobFolder folder =
        new JobFolder(dir.resolve("job"))
            .bars(20, 2, false)
            .submissionBytes("dl4j-zip", "model.zip", Files.readAllBytes(zip));

    assertEquals(2, assertTimeoutPreemptively(QUICKLY, () -> folder.runWithBudget(ONE_GIB_JOB)));

    String message = folder.verdict().get("message").asText();
    assertTrue(message.contains("of memory to predict in batches of 512"), message);
    assertTrue(message.endsWith("pool earlier"), message);
  }

  @Test
  void sizesThatOverflowDl4jsOwnSumAreStillRefused() {
    MultiLayerConfiguration conf = upsampling(2_000_000_000);
    // DL4J's own total wraps around to a negative number, which is under any budget.
    long dl4j =
        conf.getMemoryReport(InputType.convolutional(8, 8, 1))
            .getTotalMemoryBytes(64, MemoryUseMode.TRAINING, CacheMode.NONE, DataType.FLOAT);
    assertTrue(dl4j < ONE_GIB_JOB, "DL4J's estimate: " + dl4j);

    String message = refusal(conf, BARS, 64);

    assertTrue(message.startsWith("the network needs more than 10,000 GiB"), message);
  }

  @Test
  void layersWithTheSameNameAreEachCounted() {
    // DL4J's report keeps one entry per layer name: these 25 layers count as one there.
    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder()
            .list()
            .layer(new ConvolutionLayer.Builder(1, 1).nOut(1).name("x").build())
            .layer(new Upsampling2D.Builder().size(40).name("x").build());
    for (int i = 0; i < 20; i++) {
      list.layer(new ActivationLayer.Builder().activation(Activation.RELU).name("x").build());
    }
    MultiLayerConfiguration conf =
        list.layer(new GlobalPoolingLayer.Builder().name("x").build())
            .layer(
                new OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX).name("x").build())
            .setInputType(InputType.convolutional(8, 8, 1))
            .build();
    long dl4j =
        conf.getMemoryReport(InputType.convolutional(8, 8, 1))
            .getTotalMemoryBytes(64, MemoryUseMode.TRAINING, CacheMode.NONE, DataType.FLOAT);
    assertTrue(dl4j < (1 << 20), "DL4J's estimate: " + dl4j);

    String message = refusal(conf, BARS, 64);
    assertTrue(message.startsWith("the network needs about 1.0 GiB"), message);
  }

  @Test
  void theCourseSamplesFitAOneGibJob() {
    String[] configs = {
      // The README's example, the training benchmark's MLP and LeNet-like CNN.
      """
      layers:
        - conv2d: {filters: 16, kernel: 3, stride: 1, padding: same, activation: relu}
        - maxpool: {size: 2}
        - batchnorm: {}
        - dropout: {rate: 0.25}
        - dense: {units: 64, activation: relu}
        - output: {}
      """,
      "batchSize: 64\nlayers:\n  - dense: {units: 256}\n",
      """
      batchSize: 64
      layers:
        - conv2d: {filters: 16, kernel: 5, padding: valid}
        - maxpool: {size: 2}
        - conv2d: {filters: 32, kernel: 5, padding: valid}
        - maxpool: {size: 2}
        - dense: {units: 128}
      """,
      "layers:\n  - lstm: {units: 64}\n",
    };
    MemoryBudget budget = new MemoryBudget(ONE_GIB_JOB);
    for (String config : configs) {
      var plan = new NetworkConfigParser("classification", 10, FASHION).parse(config);
      assertNull(budget.check(plan.conf(), FASHION, plan.batchSize(), "a smaller batchSize"));
    }
  }

  @Test
  void layersDl4jCannotEstimateAreSaidAndStillTrain() throws Exception {
    // SimpleRnn has no memory report in DL4J 1.0.0-M2.1; the network is honest and small.
    String json =
        new NeuralNetConfiguration.Builder()
            .list()
            .layer(new LastTimeStep(new SimpleRnn.Builder().nOut(8).build()))
            .layer(new OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.recurrent(8, 8))
            .build()
            .toJson();
    JobFolder folder =
        new JobFolder(dir)
            .bars(60, 5, false)
            .maxEpochs(1)
            .submission("dl4j-json", "model.json", json);

    assertEquals(0, folder.runWithBudget(ONE_GIB_JOB));

    assertTrue(
        folder.events("log").stream()
            .anyMatch(
                e ->
                    e.get("message")
                        .asText()
                        .equals(
                            "DL4J has no memory estimate for layer 1 (LastTimeStep); only their"
                                + " activations and parameters are counted")),
        folder.events("log").toString());
  }

  @Test
  void withoutABudgetNothingIsChecked() {
    assertNull(new MemoryBudget(0).check(upsampling(2_000_000_000), BARS, 64, null));
  }

  private static String refusal(MultiLayerConfiguration conf, int[] inputShape, int batch) {
    MemoryBudget budget = new MemoryBudget(ONE_GIB_JOB);
    return assertThrows(TrainerException.class, () -> budget.check(conf, inputShape, batch, null))
        .getMessage();
  }
}
