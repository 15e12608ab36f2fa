package vn.hocsau.job.web;

import java.util.List;
import java.util.OptionalDouble;

/**
 * When a job will likely be done. A running job that has reported epochs is timed by its own rate:
 * the trainer's clock over its last {@link #RATE_WINDOW} epochs, so the estimate moves with every
 * epoch and start-up time (JVM, data loading) does not count as training. Before that, and for
 * queued jobs, recent history: how long recent jobs of the same kind and resource ran (their
 * median), and how many jobs the runners finished in the last hour. Without history there is no
 * estimate, and the page says "unknown" rather than guess.
 */
public final class Eta {

  /** Epochs the rate looks back over: recent enough to follow a run that slows down. */
  public static final int RATE_WINDOW = 5;

  private Eta() {}

  /**
   * Seconds per epoch by the trainer's own clock ({@code elapsedSeconds} of the epoch events): over
   * the last {@link #RATE_WINDOW} epochs; from the start of training when only one epoch has a
   * time. Empty when no epoch reported a time.
   */
  public static OptionalDouble secondsPerEpoch(List<TrainingProgress.EpochRow> rows) {
    List<TrainingProgress.EpochRow> timed =
        rows.stream().filter(r -> r.elapsedSeconds() != null).toList();
    if (timed.isEmpty()) {
      return OptionalDouble.empty();
    }
    TrainingProgress.EpochRow last = timed.get(timed.size() - 1);
    TrainingProgress.EpochRow from = timed.get(Math.max(0, timed.size() - 1 - RATE_WINDOW));
    int epochs = last.epoch() - from.epoch();
    double seconds = last.elapsedSeconds() - from.elapsedSeconds();
    if (epochs > 0 && seconds >= 0) {
      return OptionalDouble.of(seconds / epochs);
    }
    return OptionalDouble.of(last.elapsedSeconds() / last.epoch());
  }

  /**
   * Seconds from now until a queued job is likely done: the jobs ahead of it at the recent rate,
   * then its own run.
   *
   * @param ahead queued jobs claims take before it
   * @param recentDurations run times of recent finished jobs like it, in seconds
   * @param finishedLastHour jobs of its resource finished in the last hour
   */
  public static OptionalDouble queued(
      long ahead, List<Double> recentDurations, long finishedLastHour) {
    OptionalDouble run = median(recentDurations);
    if (run.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (ahead == 0) {
      return run;
    }
    if (finishedLastHour <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(ahead * 3600.0 / finishedLastHour + run.getAsDouble());
  }

  /**
   * Seconds from now until a running job is likely done. With epochs reported, the time per epoch
   * so far predicts the rest; before the first epoch, the median run time does.
   *
   * @param elapsed seconds since the run started
   * @param epoch the last epoch reported, 0 for none
   * @param epochs the epochs it will train, 0 when unknown
   */
  public static OptionalDouble running(
      double elapsed, int epoch, int epochs, List<Double> recentDurations) {
    return running(elapsed, epoch, epochs, OptionalDouble.empty(), recentDurations);
  }

  /**
   * Seconds from now until a running job is likely done: its own seconds per epoch times the epochs
   * left; without a rate from the trainer, the time since it started per epoch done; before the
   * first epoch, the median run time minus the time run.
   *
   * @param perEpoch the job's own seconds per epoch ({@link #secondsPerEpoch}); empty when unknown
   */
  public static OptionalDouble running(
      double elapsed,
      int epoch,
      int epochs,
      OptionalDouble perEpoch,
      List<Double> recentDurations) {
    if (epoch > 0 && epochs >= epoch) {
      return OptionalDouble.of(perEpoch.orElse(elapsed / epoch) * (epochs - epoch));
    }
    OptionalDouble run = median(recentDurations);
    if (run.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(0, run.getAsDouble() - elapsed));
  }

  /** The median, or empty for no values. */
  public static OptionalDouble median(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return OptionalDouble.empty();
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return OptionalDouble.of(
        sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
  }
}
