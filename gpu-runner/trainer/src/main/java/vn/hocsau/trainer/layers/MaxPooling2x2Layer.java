package vn.hocsau.trainer.layers;

import java.util.Arrays;
import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's 2-D pooling configuration for 2×2 max pooling with stride 2 (the DSL's {@code maxpool:
 * {size: 2}}), run by {@link MaxPooling2x2}, whose backprop reuses the winners found in the forward
 * pass. Same settings and JSON fields as {@link SubsamplingLayer}.
 */
public class MaxPooling2x2Layer extends SubsamplingLayer {

  private boolean reluInput;

  /** For Jackson. */
  public MaxPooling2x2Layer() {}

  /** True when {@code stock} is 2×2 max pooling with stride 2, no padding and no dilation. */
  public static boolean fits(SubsamplingLayer stock) {
    return stock.getPoolingType() == org.deeplearning4j.nn.conf.layers.PoolingType.MAX
        && Arrays.equals(stock.getKernelSize(), new int[] {2, 2})
        && Arrays.equals(stock.getStride(), new int[] {2, 2})
        && Arrays.equals(stock.getPadding(), new int[] {0, 0})
        && (stock.getDilation() == null || Arrays.equals(stock.getDilation(), new int[] {1, 1}));
  }

  /** {@code stock}'s settings, run by {@link MaxPooling2x2}. */
  public static MaxPooling2x2Layer of(SubsamplingLayer stock) {
    return ConfCopy.into(new MaxPooling2x2Layer(), stock, SubsamplingLayer.class);
  }

  /**
   * True when the input is the output of a plain ReLU first convolution ({@link FirstConvolution}):
   * backprop then applies the ReLU's derivative at the winners and hands the convolution its
   * pre-activation gradient directly.
   */
  public boolean isReluInput() {
    return reluInput;
  }

  /** For Jackson, and for the DSL when it links the two layers. */
  public void setReluInput(boolean reluInput) {
    this.reluInput = reluInput;
  }

  @Override
  public Layer instantiate(
      NeuralNetConfiguration conf,
      Collection<TrainingListener> listeners,
      int index,
      INDArray paramsView,
      boolean initializeParams,
      DataType dataType) {
    return Instantiation.wire(
        new MaxPooling2x2(conf, dataType),
        conf,
        listeners,
        index,
        paramsView,
        initializeParams,
        initializer());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaxPooling2x2Layer other && other.reluInput == reluInput && super.equals(o);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Boolean.hashCode(reluInput);
  }
}
