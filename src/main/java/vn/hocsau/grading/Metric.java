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

  /** The metric named {@code key} in {@code lab.yaml}, if there is one. */
  public static Optional<Metric> fromKey(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
