package vn.hocsau.job.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Exponential moving average of a curve, as TensorBoard smooths: {@code s₁ = x₁}, then {@code sₜ =
 * w·sₜ₋₁ + (1 − w)·xₜ}. The weight {@link #WEIGHT} (0.6, TensorBoard's default) keeps 40% of each
 * new epoch: enough to see the trend through epoch-to-epoch noise, little enough that the smoothed
 * curve lags the raw one by about one epoch. Starting from the first value rather than 0 needs no
 * bias correction.
 */
public final class Ema {

  /** The smoothing weight the compare page uses. */
  public static final double WEIGHT = 0.6;

  private Ema() {}

  /** The smoothed values, one per input value; null values (epochs without a loss) stay null. */
  public static List<Double> smooth(List<Double> values, double weight) {
    if (weight < 0 || weight >= 1) {
      throw new IllegalArgumentException("weight must be in [0, 1), was " + weight);
    }
    List<Double> out = new ArrayList<>(values.size());
    Double last = null;
    for (Double v : values) {
      if (v == null || !Double.isFinite(v)) {
        out.add(null);
        continue;
      }
      last = last == null ? v : weight * last + (1 - weight) * v;
      out.add(last);
    }
    return out;
  }
}
