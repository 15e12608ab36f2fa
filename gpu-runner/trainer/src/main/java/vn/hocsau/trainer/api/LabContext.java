package vn.hocsau.trainer.api;

import java.util.Map;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** What the trainer tells a learner's {@link LabModel} about the job. */
public interface LabContext {

  /** {@code [channels, height, width]} for images, {@code [features]} for tables. */
  int[] inputShape();

  /** The DL4J input type for {@link #inputShape()}: convolutional or feed-forward. */
  InputType inputType();

  /** Classes to predict (1 for regression). */
  int numClasses();

  /** {@code classification} or {@code regression}. */
  String task();

  long seed();

  /** Epochs to train, after the lab's cap. */
  int epochs();

  /**
   * Shuffled mini-batches of the training data (the validation part held out), shaped like the
   * network's first layer expects. Only available to {@link LabModel#train}.
   */
  DataSetIterator trainingData();

  /** Reports an epoch to the live training curve; call it from a custom loop. */
  void reportEpoch(int epoch, double loss, Map<String, Double> metrics);

  /** A line in the learner's training log. */
  void log(String message);
}
