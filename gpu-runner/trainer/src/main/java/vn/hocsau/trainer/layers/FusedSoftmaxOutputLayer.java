package vn.hocsau.trainer.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * DL4J's output layer configuration for softmax with multi-class cross-entropy, run by {@link
 * FusedSoftmaxOutput}: one forward product per batch serves the gradient and the score. Same
 * parameters, initialisation and JSON as {@link OutputLayer} plus {@code inputGradient}.
 */
public class FusedSoftmaxOutputLayer extends OutputLayer {

  private boolean inputGradient = true;

  /** For Jackson. */
  public FusedSoftmaxOutputLayer() {}

  /** True when {@code stock} is softmax with unweighted cross-entropy, the case fused here. */
  public static boolean fits(OutputLayer stock) {
    return stock.getActivationFn() instanceof ActivationSoftmax
        && stock.getLossFn() instanceof LossMCXENT loss
        && loss.getWeights() == null;
  }

  /**
   * {@code stock}'s settings, run by {@link FusedSoftmaxOutput}; {@code stock} must {@link #fits}.
   */
  public static FusedSoftmaxOutputLayer of(OutputLayer stock, boolean inputGradient) {
    if (!fits(stock)) {
      throw new IllegalArgumentException("not softmax with cross-entropy: " + stock);
    }
    FusedSoftmaxOutputLayer layer =
        ConfCopy.into(new FusedSoftmaxOutputLayer(), stock, OutputLayer.class);
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
    LayerValidation.assertNInNOutSet(
        "FusedSoftmaxOutputLayer", getLayerName(), index, getNIn(), getNOut());
    return Instantiation.wire(
        new FusedSoftmaxOutput(conf, dataType),
        conf,
        listeners,
        index,
        paramsView,
        initializeParams,
        initializer());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FusedSoftmaxOutputLayer other
        && other.inputGradient == inputGradient
        && super.equals(o);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
  }
}
