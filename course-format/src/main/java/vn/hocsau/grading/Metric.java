package vn.hocsau.grading;

import java.util.Arrays;
import java.util.Optional;

/** How a lab scores predictions. The direction (higher or lower is better) follows from it. */
public enum Metric {
  ACCURACY("accuracy", true),
  MACRO_F1("macro-f1", true),
  LOG_LOSS("logloss", false),
  ROC_AUC("roc-auc", true),
  RMSE("rmse", false),
  MAE("mae", false);

  private final String key;
  private final boolean higherIsBetter;

  Metric(String key, boolean higherIsBetter) {
    this.key = key;
    this.higherIsBetter = higherIsBetter;
  }

  /** The name used in {@code lab.yaml} and stored in {@code lab.metric}. */
  public String key() {
    return key;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** True when {@code a} is a strictly better score than {@code b}. */
  public boolean better(double a, double b) {
    return higherIsBetter ? a > b : a < b;
  }

  /**
   * Whether predictions in {@code format} can be scored with this metric: class metrics take labels
   * or probabilities (the most probable class, lowest index on a tie), log loss only probabilities,
   * ROC AUC probabilities (p1) or values used as scores, regression metrics only values.
   */
  public boolean accepts(PredictionFormat format) {
    return switch (this) {
      case ACCURACY, MACRO_F1 -> format != PredictionFormat.VALUES;
      case LOG_LOSS -> format == PredictionFormat.PROBABILITIES;
      case ROC_AUC -> format != PredictionFormat.LABELS;
      case RMSE, MAE -> format == PredictionFormat.VALUES;
    };
  }

  /**
   * Whether {@code score} is a value this metric can take: accuracy, macro F1 and ROC AUC lie in
   * [0, 1]; log loss, RMSE and MAE are at least 0. A pass mark outside it could never be met (or
   * always would be).
   */
  public boolean inRange(double score) {
    return switch (this) {
      case ACCURACY, MACRO_F1, ROC_AUC -> score >= 0 && score <= 1;
      case LOG_LOSS, RMSE, MAE -> score >= 0 && Double.isFinite(score);
    };
  }

  /** Whether the metric scores classes (the answer key then holds class indices). */
  public boolean classification() {
    return this != RMSE && this != MAE;
  }

  /** The metric named {@code key} in {@code lab.yaml}, if there is one. */
  public static Optional<Metric> fromKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
