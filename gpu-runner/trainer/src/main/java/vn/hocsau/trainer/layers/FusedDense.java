package vn.hocsau.trainer.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime side of {@link FusedDenseLayer}. DL4J's dense layer recomputes {@code input·W + b} in
 * backprop and always computes the input gradient: two of its four large matrix products per batch
 * are redundant in a first layer. Here a training forward pass keeps a copy of the pre-activation
 * (one element-wise copy), and backprop uses it. Anything the shortcut does not cover (dropout,
 * weight noise, layer norm, masks, a backprop without its forward pass) takes DL4J's own path.
 */
public class FusedDense extends DenseLayer {

  private INDArray preActivation;
  private INDArray preActivationInput;

  public FusedDense(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    forget();
    if (!training || !plain()) {
      return super.activate(training, workspaceMgr);
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
    INDArray delta = layerConf().getActivationFn().backprop(z, epsilon).getFirst();
    Pair<Gradient, INDArray> result =
        DenseGradients.of(
            delta,
            input,
            gradientViews,
            hasBias(),
            getParam(DefaultParamInitializer.WEIGHT_KEY),
            ((FusedDenseLayer) layerConf()).isInputGradient(),
            workspaceMgr);
    weightNoiseParams.clear();
    return result;
  }

  @Override
  public void clear() {
    super.clear();
    forget();
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
