package vn.hocsau.trainer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInitRelu;
import org.deeplearning4j.nn.weights.WeightInitXavier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.schedule.StepSchedule;
import vn.hocsau.trainer.TrainerException;

class NetworkConfigParserTest {

  private static final NetworkConfigParser IMAGES =
      new NetworkConfigParser("classification", 10, new int[] {1, 28, 28});
  private static final NetworkConfigParser TABLE =
      new NetworkConfigParser("classification", 3, new int[] {20});
  private static final NetworkConfigParser REGRESSION =
      new NetworkConfigParser("regression", 1, new int[] {5});

  private static String error(NetworkConfigParser parser, String yaml) {
    TrainerException e = assertThrows(TrainerException.class, () -> parser.parse(yaml));
    assertEquals(TrainerException.ErrorClass.CONFIG_ERROR, e.errorClass());
    return e.getMessage();
  }

  private static org.deeplearning4j.nn.conf.layers.Layer layer(NetworkPlan plan, int i) {
    return plan.conf().getConf(i).getLayer();
  }

  @Test
  void aSmallCnnWithDefaults() {
    NetworkPlan plan =
        IMAGES.parse(
            """
            layers:
              - conv2d: {filters: 16, kernel: 3}
              - maxpool: {size: 2}
              - dropout: {rate: 0.25}
              - dense: {units: 64}
            """);

    assertEquals(10, plan.epochs());
    assertEquals(64, plan.batchSize());
    assertEquals(42, plan.seed());
    assertEquals(5, plan.conf().getConfs().size(), "the output layer is added");
    assertInstanceOf(ConvolutionLayer.class, layer(plan, 0));
    assertInstanceOf(WeightInitRelu.class, ((ConvolutionLayer) layer(plan, 0)).getWeightInitFn());
    assertInstanceOf(SubsamplingLayer.class, layer(plan, 1));
    assertInstanceOf(DropoutLayer.class, layer(plan, 2));
    assertInstanceOf(DenseLayer.class, layer(plan, 3));
    assertEquals(16L * 14 * 14, ((DenseLayer) layer(plan, 3)).getNIn());
    OutputLayer output = (OutputLayer) layer(plan, 4);
    assertEquals(10, output.getNOut());
    assertInstanceOf(ActivationSoftmax.class, output.getActivationFn());
    assertInstanceOf(LossMCXENT.class, output.getLossFn());
    assertInstanceOf(WeightInitXavier.class, output.getWeightInitFn());
    Adam adam = (Adam) ((DenseLayer) layer(plan, 3)).getIUpdater();
    assertEquals(1e-3, adam.getLearningRate());
  }

  @Test
  void regressionInfersAnIdentityMseOutput() {
    NetworkPlan plan = REGRESSION.parse("{\"layers\": [{\"type\": \"dense\", \"units\": 8}]}");

    OutputLayer output = (OutputLayer) layer(plan, 1);
    assertEquals(1, output.getNOut());
    assertInstanceOf(ActivationIdentity.class, output.getActivationFn());
    assertInstanceOf(LossMSE.class, output.getLossFn());
  }

  @Test
  void optimizerScheduleAndTrainingSettings() {
    NetworkPlan plan =
        TABLE.parse(
            """
            seed: 7
            epochs: 3
            batchSize: 16
            l2: 0.0001
            optimizer: {type: momentum, lr: 0.1, momentum: 0.8, schedule: {type: step, every: 2, factor: 0.5}}
            layers:
              - dense: {units: 8, activation: tanh}
              - batchnorm: {}
              - output: {loss: mcxent}
            """);

    assertEquals(7, plan.seed());
    assertEquals(3, plan.epochs());
    assertEquals(16, plan.batchSize());
    Nesterovs updater = (Nesterovs) ((DenseLayer) layer(plan, 0)).getIUpdater();
    assertEquals(0.8, updater.getMomentum());
    assertInstanceOf(StepSchedule.class, updater.getLearningRateSchedule());
    assertInstanceOf(WeightInitXavier.class, ((DenseLayer) layer(plan, 0)).getWeightInitFn());
  }

  @Test
  void anLstmReadsAnImageRowByRow() {
    NetworkPlan plan = IMAGES.parse("layers:\n  - lstm: {units: 32}\n");

    assertInstanceOf(LastTimeStep.class, layer(plan, 0));
    assertEquals(10, ((OutputLayer) layer(plan, 1)).getNOut());
  }

  @Test
  void badValuesNameTheLayerTheKeyAndTheValue() {
    assertEquals(
        "layer 3 (dense): 'units' must be a positive integer, got -5",
        error(TABLE, "layers:\n  - dense: {units: 8}\n  - dropout: {}\n  - dense: {units: -5}\n"));
    assertEquals(
        "layer 1 (dense): 'units' must be a positive integer, got 'many'",
        error(TABLE, "layers:\n  - dense: {units: many}\n"));
    assertEquals("layer 1 (dense): 'units' is required", error(TABLE, "layers:\n  - dense: {}\n"));
    assertEquals(
        "layer 1 (dropout): 'rate' must be between 0.0 and 0.95, got 1.5",
        error(TABLE, "layers:\n  - dropout: {rate: 1.5}\n"));
    assertEquals(
        "config: 'epochs' must be at most 1000, got 5000",
        error(TABLE, "epochs: 5000\nlayers:\n  - dense: {units: 8}\n"));
  }

  @Test
  void misspellingsGetASuggestion() {
    assertEquals(
        "layer 1 (dense): unknown setting 'unit', did you mean 'units'?",
        error(TABLE, "layers:\n  - dense: {unit: 8}\n"));
    assertEquals(
        "layer 2: unknown layer type 'dens', did you mean 'dense'?",
        error(TABLE, "layers:\n  - dense: {units: 8}\n  - dens: {units: 8}\n"));
    assertEquals(
        "layer 1 (dense): 'activation' must be one of [elu, gelu, identity, leakyrelu, linear, relu,"
            + " selu, sigmoid, softmax, softplus, swish, tanh], got 'rleu'; did you mean 'relu'?",
        error(TABLE, "layers:\n  - dense: {units: 8, activation: rleu}\n"));
    assertEquals(
        "config: unknown setting 'epoch', did you mean 'epochs'?",
        error(TABLE, "epoch: 3\nlayers:\n  - dense: {units: 8}\n"));
    assertEquals(
        "optimizer: 'type' must be one of [adam, momentum, sgd], got 'adma'; did you mean 'adam'?",
        error(TABLE, "optimizer: {type: adma}\nlayers:\n  - dense: {units: 8}\n"));
  }

  @Test
  void shapeMistakesAreCaughtBeforeTraining() {
    assertEquals(
        "layer 1 (conv2d): needs image input [channels, height, width], but the input here is 20"
            + " features (tabular data, or after a dense layer)",
        error(TABLE, "layers:\n  - conv2d: {filters: 8}\n"));
    assertEquals(
        "layer 3 (output): 'units' is 7 but the dataset has 10 classes",
        error(
            IMAGES,
            "layers:\n  - conv2d: {filters: 4}\n  - dense: {units: 8}\n  - output: {units: 7}\n"));
    assertEquals(
        "layer 3 (conv2d): a 5x5 window does not fit an input of 2 pixels; use padding: same or a"
            + " smaller kernel",
        error(
            IMAGES,
            "layers:\n  - conv2d: {filters: 4, kernel: 5, stride: 3, padding: valid}\n"
                + "  - maxpool: {size: 3}\n  - conv2d: {filters: 4, kernel: 5, padding: valid}\n"));
    assertEquals(
        "layer 1 (output): the output layer must be the last layer",
        error(TABLE, "layers:\n  - output: {}\n  - dense: {units: 4}\n"));
    assertTrue(
        error(TABLE, "layers:\n  - lstm: {units: 4}\n")
            .startsWith("layer 1 (lstm): an LSTM reads a sequence"));
    assertEquals(
        "layer 1 (output): 'units' is 3 but a regression predicts 1 value",
        error(REGRESSION, "layers:\n  - output: {units: 3}\n"));
  }

  @Test
  void structuralMistakes() {
    assertEquals(
        "config: 'layers' must be a list of at least one layer", error(TABLE, "epochs: 3\n"));
    assertEquals(
        "layer 1: write a layer as '- dense: {units: 64}', got 'dense'",
        error(TABLE, "layers:\n  - dense\n"));
    assertTrue(error(TABLE, "layers: [\n").startsWith("the network config could not be read"));
    assertTrue(
        error(TABLE, "layers:\n  - dense: {units: 100000}\n")
            .startsWith("layer 1 (dense): 'units' must be at most 16384"));
    assertTrue(
        error(IMAGES, "layers:\n  - dense: {units: 16000}\n  - dense: {units: 16000}\n")
            .contains("parameters, more than the 20000000 a lab job may train"));
  }

  @Test
  void parserAttacksFailFastWithAConfigError() {
    String laughs =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        layers: [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        """;
    String deepYaml = "layers: " + "[".repeat(100_000) + "]".repeat(100_000);
    String deepJson = "{\"layers\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String deepBlockYaml = "layers:\n" + "  - a:\n".repeat(1) + nestedBlocks(200);
    String huge = "layers: []\n#" + "x".repeat(3_000_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          // Jackson reads YAML events without expanding aliases, and the alias cap backs it up:
          // either way the bomb is a quick CONFIG_ERROR, never a billion strings.
          error(TABLE, laughs);
          assertTrue(error(TABLE, deepYaml).startsWith("the network config could not be read"));
          assertTrue(error(TABLE, deepJson).startsWith("the network config could not be read"));
          assertTrue(
              error(TABLE, deepBlockYaml).startsWith("the network config could not be read"));
          assertTrue(error(TABLE, huge).startsWith("the network config is too large"));
        });
  }

  private static String nestedBlocks(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append("  ".repeat(i + 2)).append("k:\n");
    }
    return yaml.toString();
  }
}
