package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.job.web.TrainingDiagnosis.Curve;
import vn.hocsau.job.web.TrainingDiagnosis.Epoch;
import vn.hocsau.job.web.TrainingDiagnosis.Finding;

/**
 * Each diagnosis rule on small curves shaped like real runs of the trainer (mean training loss per
 * epoch, train_/val_ metrics, update ratios), and silence on healthy ones.
 */
class TrainingDiagnosisTest {

  // --- fixtures: shapes seen in real runs -------------------------------------------------

  /** An MLP on MNIST with Adam at 1e-3: loss falls, a small steady gap, ratio a few 1e-3. */
  static Curve healthyMlp() {
    return curve(
        true,
        new double[] {0.35, 0.15, 0.10, 0.075, 0.06},
        new double[] {0.940, 0.965, 0.975, 0.981, 0.985},
        new double[] {0.950, 0.963, 0.969, 0.972, 0.974},
        new double[] {9e-3, 4e-3, 2.5e-3, 1.8e-3, 1.5e-3});
  }

  /** A noisy but learning CNN: the loss wiggles a few percent on its way down. */
  static Curve healthyNoisy() {
    return curve(
        true,
        new double[] {0.90, 0.60, 0.62, 0.50, 0.52, 0.45},
        new double[] {0.70, 0.80, 0.79, 0.84, 0.83, 0.86},
        new double[] {0.71, 0.79, 0.80, 0.82, 0.82, 0.84},
        null);
  }

  /** Regression (rmse, lower is better) that fits well. */
  static Curve healthyRegression() {
    return curve(
        false,
        new double[] {1.8, 0.4, 0.1, 0.03},
        new double[] {1.30, 0.60, 0.30, 0.17},
        new double[] {1.35, 0.62, 0.31, 0.18},
        null);
  }

  @Test
  void healthyRunsGetNoAdvice() {
    assertEquals(List.of(), TrainingDiagnosis.diagnose(healthyMlp()));
    assertEquals(List.of(), TrainingDiagnosis.diagnose(healthyNoisy()));
    assertEquals(List.of(), TrainingDiagnosis.diagnose(healthyRegression()));
  }

  @Test
  void aRunTooShortForATrendGetsNoTrendAdvice() {
    Curve two =
        curve(
            true, new double[] {0.5, 0.9}, new double[] {0.9, 0.5}, new double[] {0.5, 0.4}, null);
    assertEquals(List.of(), TrainingDiagnosis.diagnose(two));
  }

  @Test
  void aNaNLossMeansTheLearningRateIsTooHigh() {
    Curve nan =
        curve(true, new double[] {2.1, 4.7, Double.NaN}, null, null, new double[] {0.3, 0.8, 2});
    assertEquals(
        List.of(Finding.LOSS_NOT_FINITE, Finding.UPDATES_TOO_LARGE),
        TrainingDiagnosis.diagnose(nan));
    // The trainer stops at the first NaN batch, so often no epoch carries it: its verdict does.
    Curve stopped = new Curve(healthyMlp().epochs().subList(0, 1), true, true);
    assertEquals(List.of(Finding.LOSS_NOT_FINITE), TrainingDiagnosis.diagnose(stopped));
  }

  @Test
  void aRisingLossMeansTheLearningRateIsTooHigh() {
    // SGD at lr 1.0: falls once, then climbs and jumps around.
    Curve rising = curve(true, new double[] {2.3, 1.9, 2.5, 1.8, 2.6}, null, null, null);
    assertEquals(List.of(Finding.LOSS_RISING), TrainingDiagnosis.diagnose(rising));
    // The same run ending just below the threshold (1.8 × 1.2 = 2.16) is not called rising.
    Curve almost = curve(true, new double[] {2.3, 1.9, 2.5, 1.8, 2.1}, null, null, null);
    assertFalse(TrainingDiagnosis.lossRising(almost));
  }

  @Test
  void aFlatLossMeansTheLearningRateIsTooLowOrReLUsDied() {
    // SGD at lr 1e-5 on 10 classes, as the trainer measured it: stuck near ln(10).
    Curve flat =
        curve(
            true,
            new double[] {2.3031, 2.3027, 2.3024, 2.3020},
            new double[] {0.101, 0.102, 0.101, 0.103},
            new double[] {0.098, 0.099, 0.099, 0.100},
            new double[] {1.1e-5, 1.1e-5, 1.2e-5, 1.1e-5});
    assertEquals(
        List.of(Finding.LOSS_FLAT, Finding.UPDATES_TOO_SMALL), TrainingDiagnosis.diagnose(flat));
    // A loss already near zero and staying there is a fitted model, not a stuck one.
    Curve fitted = curve(true, new double[] {0.0004, 0.0004, 0.0004}, null, null, null);
    assertFalse(TrainingDiagnosis.lossFlat(fitted));
  }

  @Test
  void aGrowingGapWithStaleValidationIsOverfitting() {
    Curve overfit =
        curve(
            true,
            new double[] {0.60, 0.35, 0.20, 0.10, 0.05, 0.02},
            new double[] {0.70, 0.82, 0.90, 0.95, 0.98, 0.99},
            new double[] {0.69, 0.78, 0.82, 0.81, 0.80, 0.79},
            null);
    assertEquals(List.of(Finding.OVERFITTING), TrainingDiagnosis.diagnose(overfit));
    Curve regression =
        curve(
            false,
            new double[] {1.0, 0.5, 0.2, 0.1, 0.05},
            new double[] {0.50, 0.30, 0.20, 0.10, 0.05},
            new double[] {0.55, 0.40, 0.38, 0.42, 0.50},
            null);
    assertTrue(TrainingDiagnosis.overfitting(regression));
  }

  @Test
  void aGapThatGrowsWhileValidationStillImprovesIsNotCalledOverfitting() {
    Curve stillLearning =
        curve(
            true,
            new double[] {0.60, 0.35, 0.20, 0.10, 0.05},
            new double[] {0.70, 0.82, 0.90, 0.95, 0.98},
            new double[] {0.69, 0.78, 0.82, 0.85, 0.88},
            null);
    assertFalse(TrainingDiagnosis.overfitting(stillLearning));
  }

  @Test
  void updateRatiosFarFromOneInAThousandAreFlaggedOnlyWhenMeasured() {
    assertEquals(
        List.of(Finding.UPDATES_TOO_LARGE),
        TrainingDiagnosis.diagnose(
            curve(true, new double[] {0.9, 0.5, 0.4}, null, null, new double[] {0.2, 0.3, 0.25})));
    assertEquals(
        List.of(Finding.UPDATES_TOO_SMALL),
        TrainingDiagnosis.diagnose(
            curve(
                true, new double[] {0.9, 0.5, 0.4}, null, null, new double[] {2e-5, 1e-5, 1e-5})));
    assertEquals(null, TrainingDiagnosis.medianRatio(healthyNoisy()), "not measured: no advice");
  }

  @Test
  void theCurveOfAJobPairsTrainAndValidationMetricsAndKeepsNaN() {
    List<TrainingProgress.EpochRow> rows =
        List.of(
            row(1, 0.9, false, Map.of("train_rmse", 0.5, "val_rmse", 0.6, "lr", 0.1), 2e-3),
            row(2, null, true, Map.of("train_rmse", 0.4, "val_rmse", 0.5), null));
    Curve c = TrainingDiagnosis.curve(rows, false);
    assertFalse(c.higherIsBetter(), "rmse: lower is better");
    assertEquals(new Epoch(1, 0.9, 0.5, 0.6, 2e-3), c.epochs().get(0));
    assertTrue(c.epochs().get(1).loss().isNaN());
    assertTrue(TrainingDiagnosis.lossNotFinite(c));
  }

  private static TrainingProgress.EpochRow row(
      int epoch, Double loss, boolean nan, Map<String, Double> metrics, Double ratio) {
    return new TrainingProgress.EpochRow(
        epoch, epoch, loss, new LinkedHashMap<>(metrics), nan, epoch * 10.0, ratio);
  }

  static Curve curve(
      boolean higherIsBetter, double[] loss, double[] train, double[] val, double[] ratio) {
    List<Epoch> epochs = new ArrayList<>();
    for (int i = 0; i < loss.length; i++) {
      epochs.add(
          new Epoch(
              i + 1,
              loss[i],
              train == null ? null : train[i],
              val == null ? null : val[i],
              ratio == null ? null : ratio[i]));
    }
    return new Curve(epochs, higherIsBetter, false);
  }
}
