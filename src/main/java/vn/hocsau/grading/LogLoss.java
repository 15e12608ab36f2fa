package vn.hocsau.grading;

/**
 * Mean negative log-likelihood of the true class. As scikit-learn's {@code log_loss} (before 1.5):
 * each row is divided by its sum (the scorer already checked the sum is 1 within {@link
 * PredictionScorer#PROBABILITY_SUM_TOLERANCE}), then the probability of the true class is clipped
 * to [1e-15, 1 − 1e-15], so a confident wrong answer costs about 34.5 instead of infinity.
 */
final class LogLoss implements MetricAccumulator {

  static final double EPSILON = 1e-15;

  private long rows;
  private double sum;

  @Override
  public void add(double truth, double[] values) {
    double rowSum = 0;
    for (double v : values) {
      rowSum += v;
    }
    double p = rowSum > 0 ? values[(int) truth] / rowSum : 0;
    p = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    sum -= Math.log(p);
    rows++;
  }

  @Override
  public double result() {
    return rows == 0 ? Double.NaN : sum / rows;
  }
}
