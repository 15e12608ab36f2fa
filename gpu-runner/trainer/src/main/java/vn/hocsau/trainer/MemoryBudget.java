package vn.hocsau.trainer;

import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import vn.hocsau.trainer.config.NetworkMemory;

/**
 * Refuses, before anything is allocated, a network that DL4J's own memory figures say needs more
 * memory than the job has. Layers without parameters (an {@code Upsampling2D} of size 1,000), wide
 * convolutions on big images or a batch of 4,096 pass the parameter limit of {@code NetworkSize}
 * but allocate gigabytes in the first training step or prediction batch: a native allocation
 * failure that kills the JVM, or an out-of-memory kill after the learner's compute is spent.
 *
 * <p>The rule: with the estimates of {@link NetworkMemory} (DL4J's per-layer memory reports),
 *
 * <ul>
 *   <li>one training step on the job's batch size (parameters, gradients, updater state, every
 *       layer's activations and activation gradients, the largest layer's working memory), and
 *   <li>one prediction batch of {@value Evaluation#BATCH} examples (parameters, the largest layer's
 *       input, output and working memory), plus the gradients and updater state a trained network
 *       still holds (the epoch metrics predict between training steps),
 * </ul>
 *
 * <p>must each be at most the budget: {@code -Dhocsau.gc-at-bytes}, which the runner sets to 80% of
 * the job's memory. The JVM, the natives and the data need some of that too, so a network under the
 * budget may still not fit; the check stops the ones that cannot. Without the property (tests,
 * benchmarks) there is no check.
 */
final class MemoryBudget {

  private final long bytes;

  MemoryBudget(long bytes) {
    this.bytes = bytes;
  }

  /** The budget the runner set for this process, or none (0). */
  static MemoryBudget fromSystemProperty() {
    return new MemoryBudget(Long.getLong(MemoryGuard.PROPERTY, 0L));
  }

  /**
   * Checks {@code conf} fed with examples of {@code inputShape} (in the {@link InputLayout} its
   * first layer reads).
   *
   * @param trainingBatch the job's batch size, or 0 if the network only predicts
   * @param smallerBatch how the learner sets a smaller batch size, or null if it is fixed
   * @return a line for the job's log when DL4J could not estimate every layer, else null
   * @throws TrainerException a {@code CONFIG_ERROR} when the network needs more than the budget
   */
  String check(
      MultiLayerConfiguration conf, int[] inputShape, int trainingBatch, String smallerBatch) {
    if (bytes <= 0 || conf.getConfs().isEmpty()) {
      return null; // no budget; or no layers, which building the network reports
    }
    NetworkMemory memory;
    try {
      memory = NetworkMemory.of(conf, InputLayout.of(conf, inputShape).inputType());
    } catch (RuntimeException e) {
      // DL4J cannot pass the input through every layer (or there is none); building the network
      // or the forward check reports why.
      return "memory not estimated (DL4J: "
          + Dl4jModels.rootMessage(e)
          + "); only the parameter limit applies";
    }
    // Training comes first, and its batch size is the learner's to change.
    if (trainingBatch > 0) {
      NetworkMemory.Need train = memory.need(true, trainingBatch);
      if (over(train.bytes())) {
        throw refuse(train, train.bytes(), "to train on batches of " + trainingBatch, smallerBatch);
      }
    }
    NetworkMemory.Need predict = memory.need(false, Evaluation.BATCH);
    double predictBytes = predict.bytes() + (trainingBatch > 0 ? memory.trainingState() : 0);
    if (over(predictBytes)) {
      throw refuse(predict, predictBytes, "to predict in batches of " + Evaluation.BATCH, null);
    }
    List<String> unestimated = memory.unestimated();
    return unestimated.isEmpty()
        ? null
        : "DL4J has no memory estimate for "
            + String.join(", ", unestimated)
            + "; only their activations and parameters are counted";
  }

  /** Over the budget; a NaN (should DL4J's figures ever produce one) counts as over. */
  private boolean over(double need) {
    return !(need <= bytes);
  }

  private TrainerException refuse(
      NetworkMemory.Need need, double total, String what, String smallerBatch) {
    return TrainerException.config(
        "the network needs "
            + amount(total)
            + " of memory "
            + what
            + " (estimated; layer "
            + need.largestLayer()
            + " ("
            + need.largestType()
            + ") alone takes "
            + amount(need.largestBytes())
            + "), more than the "
            + size(bytes)
            + " this job may use; use fewer units or filters, less upsampling, or pool earlier"
            + (smallerBatch == null ? "" : ", or " + smallerBatch));
  }

  /** An estimate: {@code about 4.4 GiB}, or {@code more than 10,000 GiB} for absurd ones. */
  private static String amount(double bytes) {
    return bytes < 10_000.0 * (1 << 30) ? "about " + size(bytes) : "more than 10,000 GiB";
  }

  /** Sizes as learners read them: {@code 819 MiB}, {@code 4.4 GiB}. */
  private static String size(double bytes) {
    double mib = bytes / (1 << 20);
    return mib < 1024
        ? String.format(Locale.ROOT, "%.0f MiB", Math.max(1, mib))
        : String.format(Locale.ROOT, "%,.1f GiB", mib / 1024);
  }
}
