package vn.hocsau.trainer;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How big one optimiser step is next to the weights: {@code ||θ_after − θ_before|| / ||θ_before||}
 * for a single step, averaged over the first {@link #SAMPLES} steps of each epoch. Around 1e-3 is
 * the usual healthy value for SGD; far above it the learning rate is too high, far below too low.
 * The platform turns it into advice after the run.
 *
 * <p>It needs a copy of the parameters before the step, so it is measured only for networks of at
 * most {@link #MAX_PARAMETERS} parameters (a 20 MB copy at float precision): bigger networks report
 * no ratio rather than risk the job's memory budget, which does not count this copy.
 */
final class UpdateRatio extends BaseTrainingListener {

  /** Steps measured per epoch: enough for a stable mean, few enough to cost nothing. */
  static final int SAMPLES = 5;

  /** Largest network measured. */
  static final long MAX_PARAMETERS = 5_000_000;

  private INDArray before;
  private int samples;
  private double sum;

  /** Starts an epoch's measurement from the parameters as they are now. */
  void startEpoch(Model model) {
    samples = 0;
    sum = 0;
    before = model.numParams() <= MAX_PARAMETERS ? model.params().dup() : null;
  }

  /** The mean ratio of the steps measured this epoch; NaN when none was. */
  double mean() {
    return samples == 0 ? Double.NaN : sum / samples;
  }

  @Override
  public void iterationDone(Model model, int iteration, int epochCount) {
    if (before == null) {
      return;
    }
    INDArray now = model.params();
    double norm = before.norm2Number().doubleValue();
    if (norm > 0 && Double.isFinite(norm)) {
      double ratio = now.distance2(before) / norm;
      if (Double.isFinite(ratio)) {
        sum += ratio;
        samples++;
      }
    }
    // The next step is measured from here; once enough are, the copy is let go.
    before = samples < SAMPLES ? now.dup() : null;
  }
}
