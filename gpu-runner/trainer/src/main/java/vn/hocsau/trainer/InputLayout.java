package vn.hocsau.trainer;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How the flat feature rows the trainer holds are shaped for the network's first layer: as they
 * are, as images {@code [n, c, h, w]}, or as sequences {@code [n, c*w, h]} (an image read row by
 * row). Decided from the network itself, so DSL, Java and DL4J-JSON submissions all get the input
 * their first layer expects.
 */
public record InputLayout(Kind kind, int[] inputShape) {

  /** The three layouts. */
  public enum Kind {
    FLAT,
    IMAGE,
    SEQUENCE
  }

  /** The layout the first layer of {@code conf} reads. */
  public static InputLayout of(MultiLayerConfiguration conf, int[] inputShape) {
    Layer first = conf.getConf(0).getLayer();
    if (first instanceof LastTimeStep wrapper) {
      first = wrapper.getUnderlying();
    }
    if (inputShape.length == 3) {
      if (first instanceof BaseRecurrentLayer) {
        return new InputLayout(Kind.SEQUENCE, inputShape);
      }
      InputPreProcessor pre = conf.getInputPreProcess(0);
      if (pre instanceof CnnToFeedForwardPreProcessor
          || first instanceof ConvolutionLayer
          || first instanceof SubsamplingLayer
          || (first instanceof BatchNormalization && pre == null && conf.getConfs().size() > 1)) {
        return new InputLayout(Kind.IMAGE, inputShape);
      }
    }
    return new InputLayout(Kind.FLAT, inputShape);
  }

  /** The DL4J input type of one example in this layout, for estimates made before training. */
  public InputType inputType() {
    return switch (kind) {
      case FLAT -> {
        long size = 1;
        for (int dim : inputShape) {
          size *= dim;
        }
        yield InputType.feedForward(size);
      }
      case IMAGE -> InputType.convolutional(inputShape[1], inputShape[2], inputShape[0]);
      case SEQUENCE -> InputType.recurrent((long) inputShape[0] * inputShape[2], inputShape[1]);
    };
  }

  /** Shapes a batch of flat rows {@code [n, size]} for the network. */
  public INDArray shape(INDArray flat) {
    long n = flat.size(0);
    return switch (kind) {
      case FLAT -> flat;
      case IMAGE -> flat.reshape('c', n, inputShape[0], inputShape[1], inputShape[2]);
      case SEQUENCE -> {
        int c = inputShape[0];
        int h = inputShape[1];
        int w = inputShape[2];
        INDArray image = flat.reshape('c', n, c, h, w);
        yield image.permute(0, 1, 3, 2).dup('c').reshape('c', n, (long) c * w, h);
      }
    };
  }
}
