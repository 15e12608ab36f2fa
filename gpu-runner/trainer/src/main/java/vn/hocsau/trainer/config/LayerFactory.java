package vn.hocsau.trainer.config;

import java.util.Map;
import java.util.Set;
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

/**
 * Turns one entry of {@code layers:} into a DL4J layer, checking its settings against the shape
 * that reaches it. Weight init follows the activation (He for the ReLU family, Xavier otherwise),
 * as fast.ai does, so learners need not choose.
 */
final class LayerFactory {

  static final Set<String> TYPES =
      Set.of("dense", "conv2d", "maxpool", "avgpool", "batchnorm", "dropout", "lstm", "output");

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

  private static final int MAX_UNITS = 16_384;
  private static final int MAX_KERNEL = 15;

  private final String task;
  private final int numClasses;

  LayerFactory(String task, int numClasses) {
    this.task = task;
    this.numClasses = numClasses;
  }

  /** A built layer and the shape it produces. */
  record Built(Layer layer, Shape out) {}

  Built build(String type, Fields f, Shape in, boolean last) {
    return switch (type) {
      case "dense" -> dense(f, in);
      case "conv2d" -> conv(f, in);
      case "maxpool", "avgpool" -> pool(type, f, in);
      case "batchnorm" -> batchNorm(f, in);
      case "dropout" -> dropout(f, in);
      case "lstm" -> lstm(f, in, last);
      case "output" -> output(f, in, last);
      default -> throw new IllegalArgumentException(type);
    };
  }

  private Built dense(Fields f, Shape in) {
    f.onlyKeys(Set.of("units", "activation"));
    notSequence(f, in);
    int units = f.positiveInt("units", null, MAX_UNITS);
    Activation activation = activation(f, "relu");
    return new Built(
        new DenseLayer.Builder()
            .nOut(units)
            .activation(activation)
            .weightInit(initFor(activation))
            .build(),
        Shape.flat(units));
  }

  private Built conv(Fields f, Shape in) {
    f.onlyKeys(Set.of("filters", "kernel", "stride", "padding", "activation"));
    needsImage(f, in);
    int filters = f.positiveInt("filters", null, 4096);
    int kernel = f.positiveInt("kernel", 3, MAX_KERNEL);
    int stride = f.positiveInt("stride", 1, MAX_KERNEL);
    boolean same = f.choice("padding", "same", Set.of("same", "valid")).equals("same");
    Activation activation = activation(f, "relu");
    Shape out = image(f, in, filters, kernel, stride, same);
    return new Built(
        new ConvolutionLayer.Builder(kernel, kernel)
            .stride(stride, stride)
            .nOut(filters)
            .convolutionMode(same ? ConvolutionMode.Same : ConvolutionMode.Truncate)
            .activation(activation)
            .weightInit(initFor(activation))
            .build(),
        out);
  }

  private Built pool(String type, Fields f, Shape in) {
    f.onlyKeys(Set.of("size", "stride", "padding"));
    needsImage(f, in);
    int size = f.positiveInt("size", 2, MAX_KERNEL);
    int stride = f.positiveInt("stride", size, MAX_KERNEL);
    boolean same = f.choice("padding", "valid", Set.of("same", "valid")).equals("same");
    Shape out = image(f, in, in.channels(), size, stride, same);
    return new Built(
        new SubsamplingLayer.Builder(
                type.equals("maxpool")
                    ? SubsamplingLayer.PoolingType.MAX
                    : SubsamplingLayer.PoolingType.AVG)
            .kernelSize(size, size)
            .stride(stride, stride)
            .convolutionMode(same ? ConvolutionMode.Same : ConvolutionMode.Truncate)
            .build(),
        out);
  }

  private Built batchNorm(Fields f, Shape in) {
    f.onlyKeys(Set.of());
    notSequence(f, in);
    return new Built(new BatchNormalization.Builder().build(), in);
  }

  private Built dropout(Fields f, Shape in) {
    f.onlyKeys(Set.of("rate"));
    double rate = f.number("rate", 0.5, 0.0, 0.95);
    // DL4J's argument is the probability of KEEPING an activation; learners think in drop rate.
    return new Built(new DropoutLayer.Builder(1.0 - rate).build(), in);
  }

  private Built lstm(Fields f, Shape in, boolean last) {
    f.onlyKeys(Set.of("units", "activation", "returnSequences"));
    if (in.kind() != Shape.Kind.SEQUENCE) {
      throw f.error(
          "an LSTM reads a sequence: put it first (an image is read row by row) or after another"
              + " lstm with returnSequences: true; the input here is "
              + in);
    }
    int units = f.positiveInt("units", null, 4096);
    Activation activation = activation(f, "tanh");
    JsonNodeFlag sequences = new JsonNodeFlag(f, "returnSequences");
    LSTM lstm =
        new LSTM.Builder().nOut(units).activation(activation).weightInit(WeightInit.XAVIER).build();
    if (sequences.value()) {
      if (last) {
        throw f.error("the last hidden layer must not return sequences");
      }
      return new Built(lstm, Shape.sequence(units, in.height()));
    }
    return new Built(new LastTimeStep(lstm), Shape.flat(units));
  }

  private Built output(Fields f, Shape in, boolean last) {
    f.onlyKeys(Set.of("units", "activation", "loss"));
    if (!last) {
      throw f.error("the output layer must be the last layer");
    }
    notSequence(f, in);
    boolean classification = task.equals("classification");
    int units = f.positiveInt("units", numClasses, MAX_UNITS);
    if (units != numClasses) {
      throw f.error(
          "'units' is "
              + units
              + " but "
              + (classification
                  ? "the dataset has " + numClasses + " classes"
                  : "a regression predicts 1 value"));
    }
    Activation activation = activation(f, classification ? "softmax" : "identity");
    String lossName = f.choice("loss", classification ? "mcxent" : "mse", LOSSES.keySet());
    return new Built(
        new OutputLayer.Builder(LOSSES.get(lossName))
            .nOut(units)
            .activation(activation)
            .weightInit(initFor(activation))
            .build(),
        Shape.flat(units));
  }

  private Shape image(Fields f, Shape in, int channels, int kernel, int stride, boolean same) {
    int height = outSize(f, in.height(), kernel, stride, same);
    int width = outSize(f, in.width(), kernel, stride, same);
    return Shape.image(channels, height, width);
  }

  private static int outSize(Fields f, int size, int kernel, int stride, boolean same) {
    if (same) {
      return (size + stride - 1) / stride;
    }
    if (kernel > size) {
      throw f.error(
          "a "
              + kernel
              + "x"
              + kernel
              + " window does not fit an input of "
              + size
              + " pixels; use padding: same or a smaller kernel");
    }
    return (size - kernel) / stride + 1;
  }

  private static void needsImage(Fields f, Shape in) {
    if (in.kind() != Shape.Kind.IMAGE) {
      throw f.error(
          "needs image input [channels, height, width], but the input here is "
              + in
              + (in.kind() == Shape.Kind.FLAT ? " (tabular data, or after a dense layer)" : ""));
    }
  }

  private static void notSequence(Fields f, Shape in) {
    if (in.kind() == Shape.Kind.SEQUENCE) {
      throw f.error("cannot read " + in + "; end the LSTM layers with returnSequences: false");
    }
  }

  static Activation activation(Fields f, String fallback) {
    return ACTIVATIONS.get(f.choice("activation", fallback, ACTIVATIONS.keySet()));
  }

  static WeightInit initFor(Activation activation) {
    return switch (activation) {
      case RELU, LEAKYRELU, ELU, SELU, GELU, SWISH -> WeightInit.RELU;
      default -> WeightInit.XAVIER;
    };
  }

  /** A boolean setting, defaulting to false. */
  private record JsonNodeFlag(Fields f, String key) {
    boolean value() {
      if (!f.has(key)) {
        return false;
      }
      if (!f.raw(key).isBoolean()) {
        throw f.error("'" + key + "' must be true or false, got " + Fields.describe(f.raw(key)));
      }
      return f.raw(key).booleanValue();
    }
  }
}
