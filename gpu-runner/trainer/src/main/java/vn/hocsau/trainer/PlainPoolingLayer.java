package vn.hocsau.trainer;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import vn.hocsau.trainer.layers.PlainKernels;

/**
 * DL4J's 2-D pooling layer, run by libnd4j's own pooling kernels even in a oneDNN build. With
 * helpers allowed (which the convolutions need), libnd4j sends {@code maxpool2d} and its gradient
 * to oneDNN, and for the NCHW arrays DL4J uses that path is several times slower than the plain
 * kernel: measured on one core, batch 64, 16×24×24 input, 7.4 ms against 1.1 ms forward and 11 ms
 * against 3.7 ms backward. In the small Fashion-MNIST CNN of {@code bench/training} pooling took
 * almost half of the training time. Helpers are switched off only for this layer's own calls.
 *
 * <p>The layer keeps DL4J's configuration class, so saved models and configs are unchanged; {@link
 * OneDnnHelpers#install} swaps it in after {@code init()}. It counts its calls so the trainer can
 * check after training that the fast path really ran.
 */
final class PlainPoolingLayer extends SubsamplingLayer {

  private long forwardCalls;
  private long backwardCalls;

  /** A copy of {@code original}'s state: pooling layers have no parameters to carry over. */
  PlainPoolingLayer(SubsamplingLayer original) {
    super(original.conf(), original.getDataType());
    helper = null;
    setIndex(original.getIndex());
    setListeners(original.getListeners());
    setParamTable(original.paramTable());
    setCacheMode(original.getCacheMode());
    allowInputModification(original.isInputModificationAllowed());
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    forwardCalls++;
    return PlainKernels.call(() -> super.activate(training, workspaceMgr));
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    backwardCalls++;
    return PlainKernels.call(() -> super.backpropGradient(epsilon, workspaceMgr));
  }

  /** True once the layer has run forward and, when it trained, backward. */
  boolean ran(boolean trained) {
    return forwardCalls > 0 && (!trained || backwardCalls > 0);
  }
}
