package vn.hocsau.trainer.config;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import vn.hocsau.trainer.layers.FirstConvolutionLayer;
import vn.hocsau.trainer.layers.FusedDenseLayer;
import vn.hocsau.trainer.layers.FusedSoftmaxOutputLayer;
import vn.hocsau.trainer.layers.InputFlattening;
import vn.hocsau.trainer.layers.MaxPooling2x2Layer;

/**
 * Which of the DSL's layers train on the trainer's fused implementations: dense layers, the softmax
 * cross-entropy output of classification, a first convolution and 2×2 max pooling. Networks from
 * learners' Java code and uploaded DL4J models keep DL4J's stock layers.
 */
final class FusedLayers {

  private FusedLayers() {}

  static Layer swap(Layer stock, boolean first) {
    if (first && stock.getClass() == ConvolutionLayer.class) {
      return FirstConvolutionLayer.of((ConvolutionLayer) stock);
    }
    if (stock.getClass() == DenseLayer.class) {
      return FusedDenseLayer.of((DenseLayer) stock, !first);
    }
    if (stock.getClass() == SubsamplingLayer.class
        && MaxPooling2x2Layer.fits((SubsamplingLayer) stock)) {
      return MaxPooling2x2Layer.of((SubsamplingLayer) stock);
    }
    if (stock.getClass() == OutputLayer.class
        && FusedSoftmaxOutputLayer.fits((OutputLayer) stock)) {
      return FusedSoftmaxOutputLayer.of((OutputLayer) stock, !first);
    }
    return stock;
  }

  /**
   * A first layer that computes no input gradient needs a preprocessor in front of it (if any) that
   * takes a missing one: DL4J's image flattening is swapped for {@link InputFlattening}; behind any
   * other preprocessor the layer goes back to computing its input gradient.
   */
  static void fixFirstLayerInput(MultiLayerConfiguration conf) {
    InputPreProcessor pre = conf.getInputPreProcess(0);
    Layer first = conf.getConf(0).getLayer();
    if (pre == null) {
      return;
    }
    boolean fusedFeedForward =
        first instanceof FusedDenseLayer || first instanceof FusedSoftmaxOutputLayer;
    if (fusedFeedForward && pre.getClass() == CnnToFeedForwardPreProcessor.class) {
      conf.getInputPreProcessors().put(0, InputFlattening.of((CnnToFeedForwardPreProcessor) pre));
    } else if (first instanceof FusedDenseLayer dense) {
      dense.setInputGradient(true);
    } else if (first instanceof FusedSoftmaxOutputLayer output) {
      output.setInputGradient(true);
    } else if (first instanceof FirstConvolutionLayer convolution) {
      conf.getConf(0).setLayer(convolution.toStock());
    }
  }

  /**
   * A plain ReLU first convolution followed directly by 2×2 max pooling: the pooling layer applies
   * the ReLU's derivative in its backprop and hands the convolution its pre-activation gradient
   * (see {@code MaxPooling2x2}).
   */
  static void linkReluConvolutionAndPooling(MultiLayerConfiguration conf) {
    if (conf.getConfs().size() < 2
        || !(conf.getConf(0).getLayer() instanceof FirstConvolutionLayer convolution)
        || !(conf.getConf(1).getLayer() instanceof MaxPooling2x2Layer pooling)
        || conf.getInputPreProcess(1) != null) {
      return;
    }
    // Only where the convolution takes its own backprop (FirstConvolution#plain).
    boolean own =
        convolution.getCnn2dDataFormat() == CNN2DFormat.NCHW
            && convolution.getConvolutionMode() != ConvolutionMode.Same
            && Arrays.equals(convolution.getStride(), new int[] {1, 1})
            && Arrays.equals(convolution.getDilation(), new int[] {1, 1})
            && convolution.getIDropout() == null
            && convolution.getWeightNoise() == null;
    if (own && FirstConvolutionLayer.plainRelu(convolution.getActivationFn())) {
      pooling.setReluInput(true);
    }
  }

  /**
   * The name learners see for {@code layer} in size and memory messages: DL4J's own, also for the
   * fused layers built on it.
   */
  static String dl4jName(Layer layer) {
    Class<?> type = layer.getClass();
    while (type.getName().startsWith("vn.hocsau.")) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }
}
