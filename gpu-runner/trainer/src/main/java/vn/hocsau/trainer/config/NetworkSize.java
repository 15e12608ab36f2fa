package vn.hocsau.trainer.config;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import vn.hocsau.trainer.TrainerException;

/**
 * The size limits every network must meet before any of its arrays is allocated, whichever way it
 * was written (DSL, DL4J JSON, model zip). DL4J allocates all parameters at once in {@code init()}:
 * a 10^9-unit layer there is a native allocation failure that kills the JVM, not an exception, so
 * the count has to come from the configuration alone.
 */
public final class NetworkSize {

  /** The most parameters a lab job may train. */
  public static final long MAX_PARAMETERS = vn.hocsau.dsl.DslRules.MAX_PARAMETERS;

  /** The DSL's layers plus the output layer it adds. */
  public static final int MAX_LAYERS = vn.hocsau.dsl.DslRules.MAX_LAYERS + 1;

  private NetworkSize() {}

  /**
   * Counts the parameters of {@code conf} from its layer configurations (DL4J's own {@code
   * numParams}, which allocates nothing) and refuses a network over the limits.
   *
   * @return the number of parameters
   */
  public static long check(MultiLayerConfiguration conf) {
    int layers = conf.getConfs().size();
    if (layers > MAX_LAYERS) {
      throw TrainerException.config(
          "the network has " + layers + " layers, at most " + MAX_LAYERS + " are allowed");
    }
    long parameters = 0;
    for (int i = 0; i < layers; i++) {
      // Each term is at most MAX_PARAMETERS, so the sum cannot overflow.
      parameters += layerParameters(i, conf.getConf(i));
    }
    if (parameters > MAX_PARAMETERS) {
      throw tooLarge("the network has " + parameters + " parameters, more than the");
    }
    return parameters;
  }

  private static long layerParameters(int index, NeuralNetConfiguration conf) {
    Layer layer = conf.getLayer();
    String where = "layer " + (index + 1) + " (" + FusedLayers.dl4jName(layer) + ")";
    // DL4J multiplies widths and kernel sizes in long arithmetic. Widths above the limit could
    // overflow that product into a small number; such a layer is over the limit anyway.
    if (layer instanceof FeedForwardLayer ff
        && (ff.getNIn() > MAX_PARAMETERS || ff.getNOut() > MAX_PARAMETERS)) {
      throw tooLarge(
          where
              + " has nIn "
              + ff.getNIn()
              + " and nOut "
              + ff.getNOut()
              + ": more parameters than the");
    }
    long count;
    try {
      count = layer.initializer().numParams(conf);
    } catch (RuntimeException e) {
      throw TrainerException.config(where + " is not valid: " + e.getMessage());
    }
    if (count < 0 || count > MAX_PARAMETERS) {
      throw tooLarge(
          where + " has " + (count < 0 ? "too many" : count) + " parameters, more than the");
    }
    return count;
  }

  private static TrainerException tooLarge(String what) {
    return TrainerException.config(
        what
            + " "
            + MAX_PARAMETERS
            + " a lab job may train; use fewer units or filters, or pool before dense layers");
  }
}
