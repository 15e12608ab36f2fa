package vn.hocsau.grading;

/**
 * Gathers one split's rows (public or private) for one metric and computes the score at the end.
 * Rows arrive in file order, already validated: {@code values} are the row's numeric columns (one
 * for labels and values, k for probabilities). Each implementation keeps counters or, for ROC AUC,
 * the split's scores, so memory is bounded by the number of test rows, never by the file.
 */
interface MetricAccumulator {

  void add(double truth, double[] values);

  /** The score, or NaN when the split has no rows (the metric is undefined there). */
  double result();

  /** An accumulator for {@code metric} over a split of {@code key}. */
  static MetricAccumulator of(
      Metric metric, PredictionFormat format, AnswerKey key, boolean publicSplit) {
    return switch (metric) {
      case ACCURACY -> new Accuracy(format);
      case MACRO_F1 -> new MacroF1(format, key.numClasses());
      case LOG_LOSS -> new LogLoss();
      case ROC_AUC -> RocAuc.forSplit(format, key, publicSplit);
      case RMSE -> new RegressionError(true);
      case MAE -> new RegressionError(false);
    };
  }

  /**
   * The class a row predicts: the index itself for labels, the most probable class for
   * probabilities, the lowest index on a tie (as NumPy's argmax).
   */
  static int predictedClass(PredictionFormat format, double[] values) {
    if (format == PredictionFormat.LABELS) {
      return (int) values[0];
    }
    int best = 0;
    for (int c = 1; c < values.length; c++) {
      if (values[c] > values[best]) {
        best = c;
      }
    }
    return best;
  }
}
