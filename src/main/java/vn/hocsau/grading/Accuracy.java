package vn.hocsau.grading;

/** The fraction of rows whose predicted class is the true class. */
final class Accuracy implements MetricAccumulator {

  private final PredictionFormat format;
  private long rows;
  private long correct;

  Accuracy(PredictionFormat format) {
    this.format = format;
  }

  @Override
  public void add(double truth, double[] values) {
    rows++;
    if (MetricAccumulator.predictedClass(format, values) == (int) truth) {
      correct++;
    }
  }

  @Override
  public double result() {
    return rows == 0 ? Double.NaN : (double) correct / rows;
  }
}
