package vn.hocsau.trainer.layers;

import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's image-to-vector preprocessor in front of a first layer that computes no input gradient: it
 * passes the missing gradient on as missing, where DL4J's own would fail on it.
 */
public class InputFlattening extends CnnToFeedForwardPreProcessor {

  /** For Jackson. */
  public InputFlattening() {}

  /** The same reshaping as {@code stock}. */
  public static InputFlattening of(CnnToFeedForwardPreProcessor stock) {
    InputFlattening flattening = new InputFlattening();
    flattening.setInputHeight(stock.getInputHeight());
    flattening.setInputWidth(stock.getInputWidth());
    flattening.setNumChannels(stock.getNumChannels());
    flattening.setFormat(stock.getFormat());
    return flattening;
  }

  @Override
  public INDArray backprop(INDArray epsilons, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
    return epsilons == null ? null : super.backprop(epsilons, miniBatchSize, workspaceMgr);
  }
}
