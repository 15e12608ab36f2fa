package vn.hocsau.trainer;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Progress after one training epoch, as the trainer reports it to the runner. Values may be {@code
 * NaN} or infinite (a diverging model is a real outcome a learner should see); {@link EventWriter}
 * writes those as JSON {@code null}.
 *
 * @param epoch 1-based epoch number
 * @param epochs how many epochs this run will train, so the platform can draw a progress bar
 * @param loss training loss at the end of the epoch
 * @param metrics named metrics such as {@code train_accuracy}, kept sorted by name so output is
 *     stable
 * @param examplesPerSecond training throughput over the epoch
 * @param elapsedSeconds time since training started
 * @param updateRatio mean {@code ||update|| / ||parameters||} of one optimiser step this epoch
 *     ({@link UpdateRatio}); NaN when not measured (learner-written loops, very large networks),
 *     and then not written
 */
public record TrainingEvent(
    int epoch,
    int epochs,
    double loss,
    Map<String, Double> metrics,
    double examplesPerSecond,
    double elapsedSeconds,
    double updateRatio) {

  /** An event without an update ratio, as learner-written training loops report it. */
  public TrainingEvent(
      int epoch,
      int epochs,
      double loss,
      Map<String, Double> metrics,
      double examplesPerSecond,
      double elapsedSeconds) {
    this(epoch, epochs, loss, metrics, examplesPerSecond, elapsedSeconds, Double.NaN);
  }

  /** Validates the epoch and metric names, and copies the metrics into a sorted, frozen map. */
  public TrainingEvent {
    if (epoch < 1) {
      throw new IllegalArgumentException("epoch must be 1 or more, was " + epoch);
    }
    Objects.requireNonNull(metrics, "metrics");
    TreeMap<String, Double> sorted = new TreeMap<>();
    metrics.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("metric names must not be blank");
          }
          sorted.put(name, Objects.requireNonNull(value, () -> "metric '" + name + "' is null"));
        });
    metrics = Collections.unmodifiableMap(sorted);
  }
}
