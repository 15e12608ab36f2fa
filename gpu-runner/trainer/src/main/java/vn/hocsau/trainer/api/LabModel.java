package vn.hocsau.trainer.api;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What a learner's Java submission implements. The trainer compiles the source, creates the class
 * with its public no-argument constructor, calls {@link #build} and trains the network it returns.
 *
 * <pre>{@code
 * public class Model implements LabModel {
 *   public MultiLayerNetwork build(LabContext ctx) {
 *     var conf = new NeuralNetConfiguration.Builder().seed(ctx.seed()).updater(new Adam(1e-3))
 *         .list()
 *         .layer(new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build())
 *         .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(ctx.numClasses())
 *             .activation(Activation.SOFTMAX).build())
 *         .setInputType(ctx.inputType())
 *         .build();
 *     return new MultiLayerNetwork(conf);
 *   }
 * }
 * }</pre>
 */
public interface LabModel {

  /** Builds the network; the trainer calls {@code init()} if the learner did not. */
  MultiLayerNetwork build(LabContext ctx);

  /** Epochs to train; the lab's limit still applies. */
  default int epochs() {
    return 10;
  }

  /** Examples per update. */
  default int batchSize() {
    return 64;
  }

  /**
   * Override to bring your own training loop: iterate {@code ctx.trainingData()} for {@code
   * ctx.epochs()} epochs and call {@code ctx.reportEpoch} after each. By default the trainer runs
   * its standard loop instead, which reports for you.
   */
  default void train(LabContext ctx, MultiLayerNetwork net) {
    throw new UnsupportedOperationException("the standard loop trains this model");
  }

  /** True when {@link #train} is overridden. */
  default boolean hasCustomTraining() {
    try {
      return getClass()
              .getMethod("train", LabContext.class, MultiLayerNetwork.class)
              .getDeclaringClass()
          != LabModel.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
