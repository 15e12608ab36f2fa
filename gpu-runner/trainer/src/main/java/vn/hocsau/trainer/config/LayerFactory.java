package vn.hocsau.trainer.config;

import java.util.Map;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import vn.hocsau.dsl.LayerSpec;

/**
 * Turns one checked layer of the DSL into a DL4J layer. Weight init follows the activation (He for
 * the ReLU family, Xavier otherwise), as fast.ai does, so learners need not choose.
 */
final class LayerFactory {

  /** The DSL's activation names ({@code DslRules.ACTIVATIONS}) in DL4J. */
  static final Map<String, Activation> ACTIVATIONS =
      Map.ofEntries(
          Map.entry("relu", Activation.RELU),
          Map.entry("leakyrelu", Activation.LEAKYRELU),
          Map.entry("elu", Activation.ELU),
          Map.entry("selu", Activation.SELU),
          Map.entry("gelu", Activation.GELU),
          Map.entry("swish", Activation.SWISH),
          Map.entry("tanh", Activation.TANH),
          Map.entry("sigmoid", Activation.SIGMOID),
          Map.entry("softmax", Activation.SOFTMAX),
          Map.entry("softplus", Activation.SOFTPLUS),
          Map.entry("identity", Activation.IDENTITY),
          Map.entry("linear", Activation.IDENTITY));

  /** The DSL's loss names ({@code DslRules.LOSSES}) in DL4J. */
  static final Map<String, LossFunction> LOSSES =
      Map.of(
          "mcxent", LossFunction.MCXENT,
          "cross_entropy", LossFunction.MCXENT,
          "nll", LossFunction.NEGATIVELOGLIKELIHOOD,
          "xent", LossFunction.XENT,
          "binary_cross_entropy", LossFunction.XENT,
          "mse", LossFunction.MSE,
          "mae", LossFunction.L1,
          "l1", LossFunction.L1);

  private LayerFactory() {}

  /**
   * The DL4J layer for {@code s}; with {@code fused}, dense layers and the softmax cross-entropy
   * output run on the trainer's own implementations ({@link FusedLayers}).
   *
   * @param first whether {@code s} is the network's first layer (its input gradient is unused)
   */
  static Layer build(LayerSpec s, boolean first, boolean fused) {
    Layer stock = build(s);
    return fused ? FusedLayers.swap(stock, first) : stock;
  }

  static Layer build(LayerSpec s) {
    return switch (s.type()) {
      case "dense" -> {
        Activation activation = ACTIVATIONS.get(s.text("activation"));
        yield new DenseLayer.Builder()
            .nOut(s.integer("units"))
            .activation(activation)
            .weightInit(initFor(activation))
            .build();
      }
      case "conv2d" -> {
        Activation activation = ACTIVATIONS.get(s.text("activation"));
        int kernel = s.integer("kernel");
        yield new ConvolutionLayer.Builder(kernel, kernel)
            .stride(s.integer("stride"), s.integer("stride"))
            .nOut(s.integer("filters"))
            .convolutionMode(mode(s))
            .activation(activation)
            .weightInit(initFor(activation))
            .build();
      }
      case "maxpool", "avgpool" ->
          new SubsamplingLayer.Builder(
                  s.type().equals("maxpool")
                      ? SubsamplingLayer.PoolingType.MAX
                      : SubsamplingLayer.PoolingType.AVG)
              .kernelSize(s.integer("size"), s.integer("size"))
              .stride(s.integer("stride"), s.integer("stride"))
              .convolutionMode(mode(s))
              .build();
      case "batchnorm" -> new BatchNormalization.Builder().build();
      // DL4J's argument is the probability of KEEPING an activation; learners think in drop rate.
      case "dropout" -> new DropoutLayer.Builder(1.0 - s.number("rate")).build();
      case "lstm" -> {
        LSTM lstm =
            new LSTM.Builder()
                .nOut(s.integer("units"))
                .activation(ACTIVATIONS.get(s.text("activation")))
                .weightInit(WeightInit.XAVIER)
                .build();
        yield s.flag("returnSequences") ? lstm : new LastTimeStep(lstm);
      }
      case "output" -> {
        Activation activation = ACTIVATIONS.get(s.text("activation"));
        yield new OutputLayer.Builder(LOSSES.get(s.text("loss")))
            .nOut(s.integer("units"))
            .activation(activation)
            .weightInit(initFor(activation))
            .build();
      }
      default -> throw new IllegalArgumentException(s.type());
    };
  }

  private static ConvolutionMode mode(LayerSpec s) {
    return s.text("padding").equals("same") ? ConvolutionMode.Same : ConvolutionMode.Truncate;
  }

  static WeightInit initFor(Activation activation) {
    return switch (activation) {
      case RELU, LEAKYRELU, ELU, SELU, GELU, SWISH -> WeightInit.RELU;
      default -> WeightInit.XAVIER;
    };
  }
}
