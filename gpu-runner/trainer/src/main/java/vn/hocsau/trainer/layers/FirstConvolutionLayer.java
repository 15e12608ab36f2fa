package vn.hocsau.trainer.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's 2-D convolution configuration for a network's first layer, run by {@link
 * FirstConvolution}: its backprop computes the weight and bias gradients only. Same parameters,
 * initialisation and JSON fields as {@link ConvolutionLayer}.
 */
public class FirstConvolutionLayer extends ConvolutionLayer {

  /** For Jackson. */
  public FirstConvolutionLayer() {}

  /** {@code stock}'s settings, run by {@link FirstConvolution}. */
  public static FirstConvolutionLayer of(ConvolutionLayer stock) {
    return ConfCopy.into(new FirstConvolutionLayer(), stock, ConvolutionLayer.class);
  }

  /** The same settings on DL4J's own layer, which computes its input gradient. */
  public ConvolutionLayer toStock() {
    return ConfCopy.into(new ConvolutionLayer(), this, ConvolutionLayer.class);
  }

  /**
   * True for a ReLU without threshold, slope or cap (the activations whose mask a pooling may
   * apply).
   */
  public static boolean plainRelu(org.nd4j.linalg.activations.IActivation activation) {
    return FirstConvolution.plainRelu(activation);
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
        "FirstConvolutionLayer", getLayerName(), index, getNIn(), getNOut());
    return Instantiation.wire(
        new FirstConvolution(conf, dataType),
        conf,
        listeners,
        index,
        paramsView,
        initializeParams,
        initializer());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FirstConvolutionLayer && super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
