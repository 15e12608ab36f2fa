package vn.hocsau.trainer.layers;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.TrainingConfig;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.MultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's network updater without its per-parameter bookkeeping when there is nothing for it to do.
 * For every step, {@link MultiLayerUpdater} regroups the gradient by layer for gradient
 * normalisation and, before and after the updater, walks every parameter of every block to apply
 * its regularisation, creating two views per parameter each time, even when no layer has a
 * regulariser or a normalisation. For a network with neither, this updater runs only what is left:
 * the division by the minibatch size and each block's {@code GradientUpdater} (Adam: one libnd4j
 * op) over the block's gradient view, as views made once; any other network, or a gradient that is
 * not the network's own, takes DL4J's own path. The state array and its layout are DL4J's, so a
 * saved network loads back with a stock updater and the same state.
 *
 * <p>Install with {@link #install} after {@code init()} (and after any load or clone).
 */
public class LeanUpdater extends MultiLayerUpdater {

  private final boolean lean;

  /** Whether every block takes {@link NativeAdam}'s step; decided at the first lean step. */
  private Boolean nativeAdam;

  public LeanUpdater(MultiLayerNetwork network) {
    super(network);
    lean = nothingPerParameter(network);
  }

  /** Puts a lean updater on {@code net}, carrying over the state of the one it has. */
  public static void install(MultiLayerNetwork net) {
    INDArray state = net.getUpdater(true).getStateViewArray();
    LeanUpdater updater = new LeanUpdater(net);
    if (state != null) {
      updater.setStateViewArray(state);
    }
    net.setUpdater(updater);
  }

  /** True when the fast path applies: no layer regularises or normalises any gradient. */
  public boolean isLean() {
    return lean;
  }

  @Override
  public synchronized void update(
      Gradient gradient, int iteration, int epoch, int batchSize, LayerWorkspaceMgr workspaceMgr) {
    if (!lean || !sameMemory(gradient.gradient(), getFlattenedGradientsView())) {
      super.update(gradient, iteration, epoch, batchSize, workspaceMgr);
      return;
    }
    workspaceMgr.assertNotOpen(ArrayType.UPDATER_WORKING_MEM, "Updater working memory");
    if (isNativeAdam()) {
      // The kernel divides by the minibatch size as it reads the gradient: one pass, not two.
      int divisor = isMiniBatch() ? batchSize : 1;
      for (UpdaterBlock block : updaterBlocks) {
        if (noParameters(block)) {
          continue;
        }
        NativeAdam.step(
            block.getGradientUpdater(), block.getGradientView(), iteration, epoch, divisor);
      }
      return;
    }
    if (isMiniBatch()) {
      divideByMinibatch(false, gradient, batchSize);
    }
    for (UpdaterBlock block : updaterBlocks) {
      if (block.skipDueToPretrainConfig(false) || noParameters(block)) {
        continue;
      }
      try (MemoryWorkspace ignored =
          workspaceMgr.notifyScopeEntered(ArrayType.UPDATER_WORKING_MEM)) {
        INDArray view = block.getGradientView();
        block.getGradientUpdater().applyUpdater(view.reshape(view.length()), iteration, epoch);
      }
    }
  }

  @Override
  public void setStateViewArray(INDArray viewArray) {
    super.setStateViewArray(viewArray);
    nativeAdam = null;
  }

  /** True when this updater runs Adam on {@link NativeAdam}'s kernel. */
  public boolean isNativeAdam() {
    if (nativeAdam == null) {
      nativeAdam = lean && everyBlockTakesNativeAdam();
    }
    return nativeAdam;
  }

  private boolean everyBlockTakesNativeAdam() {
    boolean any = false;
    for (UpdaterBlock block : updaterBlocks) {
      if (noParameters(block)) {
        continue;
      }
      if (block.skipDueToPretrainConfig(false)
          || !NativeAdam.takes(block.getGradientUpdater(), block.getGradientView())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean noParameters(UpdaterBlock block) {
    return block.getLayersAndVariablesInBlock().get(0).getLayer().numParams() == 0;
  }

  /**
   * True when both arrays are the same contiguous memory. DL4J's network hands its updater a
   * reshaped copy of the reference to its flattened gradient, which the stock updater therefore
   * treats as an external gradient: it cuts the minibatch division's and every block's views out of
   * it again at every step, instead of using the views it made once.
   */
  private static boolean sameMemory(INDArray a, INDArray b) {
    return a != null
        && b != null
        && a.length() == b.length()
        && a.dataType() == b.dataType()
        && a.elementWiseStride() == 1
        && b.elementWiseStride() == 1
        && address(a) == address(b);
  }

  private static long address(INDArray array) {
    return array.data().address() + array.offset() * array.dataType().width();
  }

  private static boolean nothingPerParameter(MultiLayerNetwork network) {
    for (Layer layer : network.getLayers()) {
      TrainingConfig config = layer.getConfig();
      GradientNormalization normalization = config.getGradientNormalization();
      if (normalization != null && normalization != GradientNormalization.None) {
        return false;
      }
      for (String parameter : layer.paramTable().keySet()) {
        var regularization = config.getRegularizationByParam(parameter);
        if (regularization != null && !regularization.isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }
}
