package vn.hocsau.grading;

/**
 * The unweighted mean of per-class F1, as scikit-learn's {@code f1_score(average="macro",
 * zero_division=0)} with its default labels: the classes that occur in the truth or in the
 * predictions of the split. A class that is never predicted, or predicted but never true, has F1 0
 * and still counts in the mean; a class absent from both is left out.
 */
final class MacroF1 implements MetricAccumulator {

  private final PredictionFormat format;
  private final long[] truePositives;
  private final long[] predicted;
  private final long[] actual;

  MacroF1(PredictionFormat format, int numClasses) {
    this.format = format;
    this.truePositives = new long[numClasses];
    this.predicted = new long[numClasses];
    this.actual = new long[numClasses];
  }

  @Override
  public void add(double truth, double[] values) {
    int t = (int) truth;
    int p = MetricAccumulator.predictedClass(format, values);
    actual[t]++;
    predicted[p]++;
    if (p == t) {
      truePositives[t]++;
    }
  }

  @Override
  public double result() {
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < actual.length; c++) {
      long denominator = predicted[c] + actual[c];
      if (denominator > 0) {
        // F1 = 2PR/(P+R) = 2TP/(2TP+FP+FN); predicted = TP+FP and actual = TP+FN.
        sum += 2.0 * truePositives[c] / denominator;
        classes++;
      }
    }
    return classes == 0 ? Double.NaN : sum / classes;
  }
}
