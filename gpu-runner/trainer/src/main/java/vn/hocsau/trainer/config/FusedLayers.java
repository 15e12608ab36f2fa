package vn.hocsau.trainer.config;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import vn.hocsau.trainer.layers.FusedDenseLayer;
import vn.hocsau.trainer.layers.FusedSoftmaxOutputLayer;

/**
 * Which of the DSL's layers train on the trainer's fused implementations: dense layers, and the
 * softmax cross-entropy output of classification. Networks from learners' Java code and uploaded
 * DL4J models keep DL4J's stock layers.
 */
final class FusedLayers {

  private FusedLayers() {}

  static Layer swap(Layer stock, boolean first) {
    if (stock.getClass() == DenseLayer.class) {
      return FusedDenseLayer.of((DenseLayer) stock, !first);
    }
    if (stock.getClass() == OutputLayer.class
        && FusedSoftmaxOutputLayer.fits((OutputLayer) stock)) {
      return FusedSoftmaxOutputLayer.of((OutputLayer) stock, !first);
    }
    return stock;
  }
}
