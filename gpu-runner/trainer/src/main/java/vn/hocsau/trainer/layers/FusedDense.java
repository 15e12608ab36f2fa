package vn.hocsau.trainer.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runtime side of {@link FusedDenseLayer}. DL4J's dense layer recomputes {@code input·W + b} in
 * backprop and always computes the input gradient: two of its four large matrix products per batch
 * are redundant in a first layer. Here a training forward pass keeps a copy of the pre-activation
 * (one element-wise copy), and backprop uses it. Anything the shortcut does not cover (dropout,
 * weight noise, layer norm, masks, a backprop without its forward pass) takes DL4J's own path.
 */
public class FusedDense extends DenseLayer {

  private static final ActivationReLU PLAIN_RELU = new ActivationReLU();

  private INDArray preActivation;
  private INDArray preActivationInput;
  private long nativeForwards;
  private long nativeBackprops;

  public FusedDense(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    forget();
    if (!training || !plain()) {
      return super.activate(training, workspaceMgr);
    }
    if (nativeForward()) {
      return nativeActivate(workspaceMgr);
    }
    INDArray z = preOutput(true, workspaceMgr);
    // The activation works in place; the copy lives in the same workspace as the layer's input,
    // which DL4J keeps open until backprop has finished.
    preActivation = workspaceMgr.dup(ArrayType.ACTIVATIONS, z);
    preActivationInput = input;
    return layerConf().getActivationFn().getActivation(z, true);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    INDArray z = preActivation;
    boolean cached = z != null && preActivationInput == input && plain();
    forget();
    if (!cached) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    // With ReLU and the kernels: the mask and the bias gradient in one native pass over z.
    boolean summed = nativeBackprop(z, epsilon);
    INDArray delta = summed ? z : layerConf().getActivationFn().backprop(z, epsilon).getFirst();
    Pair<Gradient, INDArray> result =
        DenseGradients.of(
            delta,
            input,
            gradientViews,
            hasBias(),
            summed,
            getParam(DefaultParamInitializer.WEIGHT_KEY),
            ((FusedDenseLayer) layerConf()).isInputGradient(),
            workspaceMgr);
    weightNoiseParams.clear();
    return result;
  }

  /** True once a training forward pass and a backprop have run on the native kernels. */
  public boolean ranNative() {
    return nativeForwards > 0 && nativeBackprops > 0;
  }

  /** True once a training forward pass has run on the native kernels. */
  public boolean ranNativeForward() {
    return nativeForwards > 0;
  }

  @Override
  public void clear() {
    super.clear();
    forget();
  }

  /**
   * The forward pass on the native kernel: the product into a new array, then bias, the kept
   * pre-activation and ReLU in one pass, where libnd4j runs a broadcast add, a copy and the
   * activation as three ops (each with its fixed cost of some 20 µs, whatever its size).
   */
  private INDArray nativeActivate(LayerWorkspaceMgr workspaceMgr) {
    INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
    INDArray in = input.castTo(DataType.FLOAT);
    long[] shape = {in.size(0), weights.size(1)};
    INDArray z =
        workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, shape, 'c');
    Nd4j.gemm(in, weights, z, false, false, 1.0, 0.0);
    INDArray keep =
        workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, shape, 'c');
    NativeKernels.biasActivation(
        NativeKernels.address(z),
        NativeKernels.address(getParam(DefaultParamInitializer.BIAS_KEY)),
        NativeKernels.address(keep),
        shape[0],
        shape[1],
        isRelu());
    preActivation = keep;
    preActivationInput = input;
    nativeForwards++;
    return z;
  }

  /** True when the native forward pass applies: ReLU or identity, a bias, 2-d input that fits. */
  private boolean nativeForward() {
    if (!(isRelu() || layerConf().getActivationFn() instanceof ActivationIdentity)
        || !hasBias()
        || input == null
        || input.rank() != 2
        || dataType != DataType.FLOAT) {
      return false;
    }
    INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
    INDArray bias = getParam(DefaultParamInitializer.BIAS_KEY);
    // Only the bias is read by the kernel; the product takes the weights in any order.
    return weights.dataType() == DataType.FLOAT
        && input.size(1) == weights.size(0)
        && NativeKernels.takes(bias)
        && bias.length() == weights.size(1);
  }

  /** ReLU's mask and the bias gradient in one native pass; false when it does not apply. */
  private boolean nativeBackprop(INDArray z, INDArray epsilon) {
    INDArray biasGrad = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
    if (!isRelu()
        || !hasBias()
        || !NativeKernels.takes(z)
        || !NativeKernels.takes(epsilon)
        || !NativeKernels.takes(biasGrad)
        || !java.util.Arrays.equals(z.shape(), epsilon.shape())
        || biasGrad.length() != z.size(1)) {
      return false;
    }
    NativeKernels.reluBackprop(
        NativeKernels.address(z),
        NativeKernels.address(epsilon),
        NativeKernels.address(biasGrad),
        z.size(0),
        z.size(1));
    nativeBackprops++;
    return true;
  }

  /** Plain ReLU, as libnd4j's relu op computes it (no cap, threshold or negative slope). */
  private boolean isRelu() {
    IActivation activation = layerConf().getActivationFn();
    return activation.getClass() == ActivationReLU.class && activation.equals(PLAIN_RELU);
  }

  private boolean plain() {
    var conf = layerConf();
    return conf.getIDropout() == null
        && conf.getWeightNoise() == null
        && !hasLayerNorm()
        && maskArray == null;
  }

  private void forget() {
    preActivation = null;
    preActivationInput = null;
  }
}
