package vn.hocsau.trainer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import vn.hocsau.trainer.data.Examples;

/**
 * The standard training loop: epochs of shuffled mini-batches, an {@code epoch} event after each
 * with the mean training loss, training and validation metrics, throughput and the size of an
 * optimiser step next to the weights ({@link UpdateRatio}). A loss that turns NaN or infinite stops
 * training with a {@code RUNTIME_ERROR} that says what to try.
 */
final class TrainingRun {

  /**
   * Training accuracy is measured on a fixed sample: a full pass would cost a third of an epoch.
   */
  private static final int TRAIN_METRIC_SAMPLE = 5000;

  private final JobSpec job;
  private final EventWriter events;

  TrainingRun(JobSpec job, EventWriter events) {
    this.job = job;
    this.events = events;
  }

  /** Trains {@code net} for {@code epochs} epochs; returns the seconds it took. */
  double train(
      MultiLayerNetwork net,
      Examples train,
      Examples validation,
      InputLayout layout,
      int epochs,
      int batchSize,
      long seed)
      throws IOException {
    // DL4J's fit lets go of each batch: the buffers are reused (learners' loops get new ones).
    Batches batches = new Batches(train, layout, batchSize, seed).reusingBuffers();
    ScoreListener scores = new ScoreListener();
    UpdateRatio updates = new UpdateRatio();
    net.addListeners(scores, updates, MemoryGuard.process().listener());
    long start = System.nanoTime();
    String metric = job.classification() ? "accuracy" : "rmse";
    for (int epoch = 1; epoch <= epochs; epoch++) {
      scores.startEpoch(epoch);
      updates.startEpoch(net);
      long epochStart = System.nanoTime();
      batches.reset();
      net.fit(batches);
      double epochSeconds = (System.nanoTime() - epochStart) / 1e9;
      Map<String, Double> metrics = new TreeMap<>();
      metrics.put(
          "train_" + metric,
          Evaluation.metric(net, train, layout, job.classification(), TRAIN_METRIC_SAMPLE));
      if (validation != null) {
        metrics.put(
            "val_" + metric,
            Evaluation.metric(net, validation, layout, job.classification(), Integer.MAX_VALUE));
      }
      events.write(
          new TrainingEvent(
              epoch,
              epochs,
              scores.meanLoss(),
              metrics,
              train.size() / epochSeconds,
              (System.nanoTime() - start) / 1e9,
              updates.mean()));
    }
    net.setListeners(List.of());
    return (System.nanoTime() - start) / 1e9;
  }

  /** Averages the loss over an epoch's batches, and stops at the first non-finite one. */
  static final class ScoreListener extends BaseTrainingListener {
    private int epoch;
    private int batches;
    private double sum;

    void startEpoch(int epoch) {
      this.epoch = epoch;
      batches = 0;
      sum = 0;
    }

    double meanLoss() {
      return batches == 0 ? Double.NaN : sum / batches;
    }

    @Override
    public void iterationDone(Model model, int iteration, int epochCount) {
      double score = model.score();
      batches++;
      if (!Double.isFinite(score)) {
        throw new TrainerException(
            TrainerException.ErrorClass.RUNTIME_ERROR,
            "training diverged: the loss became "
                + score
                + " in epoch "
                + epoch
                + ", batch "
                + batches
                + ". Try a smaller learning rate, or normalise the inputs",
            null,
            new CodedProblem(
                CodedProblem.TRAINER_DIVERGED,
                java.util.List.of("" + score, "" + epoch, "" + batches),
                0,
                0,
                null));
      }
      sum += score;
    }
  }
}
