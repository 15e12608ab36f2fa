package vn.hocsau.trainer.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's dense layer configuration, run by {@link FusedDense}: backprop reuses the pre-activation
 * kept from the forward pass instead of recomputing it, and the network's first layer computes no
 * gradient for its input, which nothing reads. Same parameters, same initialisation and the same
 * JSON as {@link DenseLayer} plus {@code inputGradient}.
 */
public class FusedDenseLayer extends DenseLayer {

  private boolean inputGradient = true;

  /** For Jackson. */
  public FusedDenseLayer() {}

  /** {@code stock}'s settings, run by {@link FusedDense}. */
  public static FusedDenseLayer of(DenseLayer stock, boolean inputGradient) {
    FusedDenseLayer layer = ConfCopy.into(new FusedDenseLayer(), stock, DenseLayer.class);
    layer.inputGradient = inputGradient;
    return layer;
  }

  /** False for a network's first layer: backprop then returns no input gradient. */
  public boolean isInputGradient() {
    return inputGradient;
  }

  /** For Jackson, which DL4J has read configurations through their bean properties. */
  public void setInputGradient(boolean inputGradient) {
    this.inputGradient = inputGradient;
  }

  @Override
  public Layer instantiate(
      NeuralNetConfiguration conf,
      Collection<TrainingListener> listeners,
      int index,
      INDArray paramsView,
      boolean initializeParams,
      DataType dataType) {
    LayerValidation.assertNInNOutSet("FusedDenseLayer", getLayerName(), index, getNIn(), getNOut());
    return Instantiation.wire(
        new FusedDense(conf, dataType),
        conf,
        listeners,
        index,
        paramsView,
        initializeParams,
        initializer());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FusedDenseLayer other
        && other.inputGradient == inputGradient
        && super.equals(o);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
  }
}
