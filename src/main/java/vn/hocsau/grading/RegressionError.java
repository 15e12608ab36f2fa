package vn.hocsau.grading;

/** Root mean squared error, or mean absolute error, of real-valued predictions. */
final class RegressionError implements MetricAccumulator {

  private final boolean squared;
  private long rows;
  private double sum;

  RegressionError(boolean squared) {
    this.squared = squared;
  }

  @Override
  public void add(double truth, double[] values) {
    double error = values[0] - truth;
    sum += squared ? error * error : Math.abs(error);
    rows++;
  }

  @Override
  public double result() {
    if (rows == 0) {
      return Double.NaN;
    }
    double mean = sum / rows;
    return squared ? Math.sqrt(mean) : mean;
  }
}
