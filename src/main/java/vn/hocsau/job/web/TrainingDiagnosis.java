package vn.hocsau.job.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain-language advice after a run, read from its recorded curves: the loss per epoch, a training
 * and a validation metric, and the trainer's update/parameter ratio. Each rule is a pure function
 * of the curve with its thresholds named here, and each stays silent on a healthy run (falling
 * loss, a small steady train/validation gap, ratios near 1e-3), because advice that fires on good
 * runs teaches learners to ignore it.
 */
public final class TrainingDiagnosis {

  /** What the curves suggest; the page words each one in the learner's language. */
  public enum Finding {
    /** The loss became NaN or infinite: the learning rate is too high (or inputs unscaled). */
    LOSS_NOT_FINITE,
    /** The loss rose well above its best: the learning rate is too high. */
    LOSS_RISING,
    /** The train/validation gap grew while validation stopped improving: overfitting. */
    OVERFITTING,
    /** The loss barely moved: the learning rate is too low, or ReLUs died. */
    LOSS_FLAT,
    /** A step moves the weights far more than ~1e-3 of their size. */
    UPDATES_TOO_LARGE,
    /** A step moves the weights far less than ~1e-3 of their size. */
    UPDATES_TOO_SMALL
  }

  /**
   * One epoch of the curve.
   *
   * @param loss the training loss; NaN when it was reported as NaN or infinite, null when not
   *     reported
   * @param train the main metric on training data, null when not reported
   * @param validation the same metric on validation data, null when not reported
   * @param updateRatio the trainer's update/parameter ratio, null when not measured
   */
  public record Epoch(
      int epoch, Double loss, Double train, Double validation, Double updateRatio) {}

  /**
   * A run's curve.
   *
   * @param higherIsBetter whether the metric is accuracy-like (gap = train − validation) or an
   *     error (gap = (validation − train) / validation)
   * @param diverged whether the trainer stopped the run because the loss became NaN or infinite
   */
  public record Curve(List<Epoch> epochs, boolean higherIsBetter, boolean diverged) {}

  /** Epochs needed before a trend means anything. */
  static final int MIN_EPOCHS = 3;

  /** The last loss this far above the best one (×1.2) counts as rising. */
  static final double RISE_FACTOR = 1.2;

  /**
   * A flat loss changes by less than this fraction over the whole run. Epoch 1's loss is the mean
   * over its batches, including the first untrained ones, so any run that learns drops well past
   * this between epoch 1 and the last epoch.
   */
  static final double FLAT_CHANGE = 0.01;

  /** A loss below this is "already fitted", not flat. */
  static final double FITTED_LOSS = 1e-3;

  /** Overfitting needs the final gap at least this big (5 points of accuracy, or 5% error)… */
  static final double GAP_MIN = 0.05;

  /** …and grown by at least this much from its smallest value. */
  static final double GAP_GROWTH = 0.03;

  /** Validation must not have improved on its best for this many final epochs. */
  static final int STALE_EPOCHS = 2;

  /**
   * Above this the update/parameter ratio is too high. The healthy band around the usual 1e-3 is
   * wide on purpose: measured with the trainer (gpu-runner {@code UpdateRatioTest}), SGD at 0.01
   * gives about 4e-3 and Adam at its default 1e-3 about 2e-3, while SGD at 5 gives about 3 and SGD
   * at 1e-5 about 1e-5.
   */
  static final double RATIO_HIGH = 5e-2;

  /** Below this the update/parameter ratio is too low (see {@link #RATIO_HIGH}). */
  static final double RATIO_LOW = 1e-4;

  private TrainingDiagnosis() {}

  /** Every finding, in the order the page shows them; empty for a healthy or too short run. */
  public static List<Finding> diagnose(Curve curve) {
    List<Finding> out = new ArrayList<>();
    if (lossNotFinite(curve)) {
      out.add(Finding.LOSS_NOT_FINITE);
    } else if (lossRising(curve)) {
      out.add(Finding.LOSS_RISING);
    } else if (lossFlat(curve)) {
      out.add(Finding.LOSS_FLAT);
    }
    if (overfitting(curve)) {
      out.add(Finding.OVERFITTING);
    }
    Double ratio = medianRatio(curve);
    if (ratio != null && ratio > RATIO_HIGH) {
      out.add(Finding.UPDATES_TOO_LARGE);
    } else if (ratio != null && ratio < RATIO_LOW) {
      out.add(Finding.UPDATES_TOO_SMALL);
    }
    return out;
  }

  /** Any epoch's loss NaN or infinite, or the trainer stopped the run for it. */
  static boolean lossNotFinite(Curve curve) {
    return curve.diverged()
        || curve.epochs().stream().anyMatch(e -> e.loss() != null && !Double.isFinite(e.loss()));
  }

  /** The last loss ends {@link #RISE_FACTOR} above the best loss of an earlier epoch. */
  static boolean lossRising(Curve curve) {
    List<Double> losses = losses(curve);
    if (losses.size() < MIN_EPOCHS) {
      return false;
    }
    double last = losses.get(losses.size() - 1);
    double best = losses.subList(0, losses.size() - 1).stream().min(Double::compare).orElseThrow();
    return best >= 0 && last > best * RISE_FACTOR && last - best > 1e-9;
  }

  /** The loss moved less than {@link #FLAT_CHANGE} of its first value over the whole run. */
  static boolean lossFlat(Curve curve) {
    List<Double> losses = losses(curve);
    if (losses.size() < MIN_EPOCHS) {
      return false;
    }
    double first = losses.get(0);
    if (Math.abs(first) < FITTED_LOSS) {
      return false;
    }
    double min = losses.stream().min(Double::compare).orElseThrow();
    double max = losses.stream().max(Double::compare).orElseThrow();
    return (max - min) / Math.abs(first) < FLAT_CHANGE;
  }

  /**
   * The train/validation gap ends at {@link #GAP_MIN} or more, has grown by {@link #GAP_GROWTH}
   * from its smallest value, and validation has not beaten its best of {@link #STALE_EPOCHS} epochs
   * before the end.
   */
  static boolean overfitting(Curve curve) {
    List<Epoch> both =
        curve.epochs().stream().filter(e -> e.train() != null && e.validation() != null).toList();
    if (both.size() < MIN_EPOCHS) {
      return false;
    }
    List<Double> gaps = both.stream().map(e -> gap(e, curve.higherIsBetter())).toList();
    double last = gaps.get(gaps.size() - 1);
    double smallest = gaps.stream().min(Double::compare).orElseThrow();
    if (last < GAP_MIN || last - smallest < GAP_GROWTH) {
      return false;
    }
    int stale = Math.min(STALE_EPOCHS, both.size() - 1);
    double bestBefore = best(both.subList(0, both.size() - stale), curve.higherIsBetter());
    double bestAfter = best(both.subList(both.size() - stale, both.size()), curve.higherIsBetter());
    return curve.higherIsBetter() ? bestAfter <= bestBefore : bestAfter >= bestBefore;
  }

  /**
   * The median of the measured update ratios, null when none was measured. A ratio of 0 (a step
   * with no gradient at all, as a saturated softmax gives) says nothing about the learning rate and
   * is left out.
   */
  static Double medianRatio(Curve curve) {
    List<Double> ratios =
        curve.epochs().stream()
            .map(Epoch::updateRatio)
            .filter(r -> r != null && r > 0 && Double.isFinite(r))
            .sorted()
            .toList();
    if (ratios.isEmpty()) {
      return null;
    }
    int mid = ratios.size() / 2;
    return ratios.size() % 2 == 1 ? ratios.get(mid) : (ratios.get(mid - 1) + ratios.get(mid)) / 2;
  }

  /**
   * The curve of a job's epochs: the loss, and the first metric reported both as {@code train_X}
   * and {@code val_X} (accuracy preferred).
   */
  public static Curve curve(List<TrainingProgress.EpochRow> rows, boolean diverged) {
    String metric = pairedMetric(rows);
    List<Epoch> epochs = new ArrayList<>();
    for (TrainingProgress.EpochRow r : rows) {
      Double loss = r.lossNotFinite() ? Double.NaN : r.loss();
      Double train = metric == null ? null : r.metrics().get("train_" + metric);
      Double validation = metric == null ? null : r.metrics().get("val_" + metric);
      epochs.add(new Epoch(r.epoch(), loss, train, validation, r.updateRatio()));
    }
    return new Curve(epochs, metric == null || TrainingProgress.higherIsBetter(metric), diverged);
  }

  private static String pairedMetric(List<TrainingProgress.EpochRow> rows) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (TrainingProgress.EpochRow r : rows) {
      for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
        if (m.getKey().startsWith("train_")
            && r.metrics().containsKey("val_" + m.getKey().substring(6))) {
          names.add(m.getKey().substring(6));
        }
      }
    }
    return names.contains("accuracy") ? "accuracy" : names.stream().findFirst().orElse(null);
  }

  private static List<Double> losses(Curve curve) {
    return curve.epochs().stream().map(Epoch::loss).filter(l -> l != null).toList();
  }

  private static double gap(Epoch e, boolean higherIsBetter) {
    if (higherIsBetter) {
      return e.train() - e.validation();
    }
    double scale = Math.abs(e.validation());
    return scale == 0 ? 0 : (e.validation() - e.train()) / scale;
  }

  private static double best(List<Epoch> epochs, boolean higherIsBetter) {
    return epochs.stream()
        .mapToDouble(Epoch::validation)
        .reduce(higherIsBetter ? Math::max : Math::min)
        .orElseThrow();
  }
}
