package vn.hocsau.trainer.config;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import vn.hocsau.trainer.layers.FirstConvolutionLayer;
import vn.hocsau.trainer.layers.FusedDenseLayer;
import vn.hocsau.trainer.layers.FusedSoftmaxOutputLayer;
import vn.hocsau.trainer.layers.InputFlattening;

/**
 * Which of the DSL's layers train on the trainer's fused implementations: dense layers, the softmax
 * cross-entropy output of classification, and a first convolution. Networks from learners' Java
 * code and uploaded DL4J models keep DL4J's stock layers.
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
    if (stock.getClass() == OutputLayer.class
        && FusedSoftmaxOutputLayer.fits((OutputLayer) stock)) {
      return FusedSoftmaxOutputLayer.of((OutputLayer) stock, !first);
    }
    return stock;
  }

  /**
   * A first fused layer on image input sits behind DL4J's flattening preprocessor, which cannot
   * take the input gradient the layer no longer computes: swaps it for one that can.
   */
  static void fixInputFlattening(MultiLayerConfiguration conf) {
    InputPreProcessor first = conf.getInputPreProcess(0);
    boolean fusedFirst =
        conf.getConf(0).getLayer() instanceof FusedDenseLayer
            || conf.getConf(0).getLayer() instanceof FusedSoftmaxOutputLayer;
    if (fusedFirst && first != null && first.getClass() == CnnToFeedForwardPreProcessor.class) {
      conf.getInputPreProcessors().put(0, InputFlattening.of((CnnToFeedForwardPreProcessor) first));
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
