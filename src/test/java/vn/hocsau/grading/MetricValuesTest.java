package vn.hocsau.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocsau.grading.Keys.allPublic;
import static vn.hocsau.grading.Keys.score;
import static vn.hocsau.grading.Metric.*;
import static vn.hocsau.grading.PredictionFormat.*;

import org.junit.jupiter.api.Test;

/** Every metric against values worked out by hand (and checked against scikit-learn's). */
class MetricValuesTest {

  private static final double EPS = 1e-9;

  @Test
  void accuracyFromLabels() throws Exception {
    var key = allPublic(3, 0, 1, 2, 1);
    var csv = "id,prediction\na,0\nb,1\nc,1\nd,1\n";
    assertEquals(0.75, score(csv, key, ACCURACY, LABELS).publicScore(), EPS);
  }

  @Test
  void accuracyFromProbabilitiesTakesTheLowestIndexOnATie() throws Exception {
    var key = allPublic(3, 0, 0, 2);
    // a ties classes 0 and 1, b ties all three: both mean class 0 (right). c says 2 (right).
    var csv = "id,p0,p1,p2\na,0.4,0.4,0.2\nb,0.33333,0.33333,0.33333\nc,0.1,0.2,0.7\n";
    assertEquals(1.0, score(csv, key, ACCURACY, PROBABILITIES).publicScore(), EPS);
  }

  @Test
  void macroF1CountsAClassNeverPredictedAsZero() throws Exception {
    // truth 0,0,1,1,2 ; predicted 0,1,1,1,0 ; class 3 is in neither and is left out.
    // F1: class 0 = 2*1/(2+2) = 0.5 ; class 1 = 2*2/(3+2) = 0.8 ; class 2 = 0 (never predicted).
    var key = allPublic(4, 0, 0, 1, 1, 2);
    var csv = "id,prediction\na,0\nb,1\nc,1\nd,1\ne,0\n";
    assertEquals(1.3 / 3, score(csv, key, MACRO_F1, LABELS).publicScore(), EPS);
  }

  @Test
  void macroF1CountsAClassPredictedButNeverTrue() throws Exception {
    // truth 0,0,1 ; predicted 0,2,1: class 0 = 2/3, class 1 = 1, class 2 = 0 (no true rows).
    var key = allPublic(3, 0, 0, 1);
    var csv = "id,prediction\na,0\nb,2\nc,1\n";
    assertEquals((2.0 / 3 + 1) / 3, score(csv, key, MACRO_F1, LABELS).publicScore(), EPS);
  }

  @Test
  void macroF1OfAPerfectAndOfAConstantPredictor() throws Exception {
    var key = allPublic(2, 0, 1, 1, 0);
    assertEquals(
        1.0,
        score("id,prediction\na,0\nb,1\nc,1\nd,0\n", key, MACRO_F1, LABELS).publicScore(),
        EPS);
    // Always 1: class 1 has tp 2, predicted 4, true 2 -> 4/6; class 0 -> 0. Mean 1/3.
    assertEquals(
        1.0 / 3,
        score("id,prediction\na,1\nb,1\nc,1\nd,1\n", key, MACRO_F1, LABELS).publicScore(),
        EPS);
  }

  @Test
  void logLoss() throws Exception {
    var key = allPublic(2, 0, 1);
    var csv = "id,p0,p1\na,0.8,0.2\nb,0.4,0.6\n";
    double expected = (-Math.log(0.8) - Math.log(0.6)) / 2; // 0.366985
    assertEquals(expected, score(csv, key, LOG_LOSS, PROBABILITIES).publicScore(), EPS);
  }

  @Test
  void logLossClipsAZeroProbabilityForTheTrueClass() throws Exception {
    var key = allPublic(2, 0);
    var scores = score("id,p0,p1\na,0,1\n", key, LOG_LOSS, PROBABILITIES);
    assertEquals(-Math.log(1e-15), scores.publicScore(), 1e-9); // 34.5388, not infinity
    var sure = score("id,p0,p1\na,1,0\n", key, LOG_LOSS, PROBABILITIES);
    assertEquals(-Math.log(1 - 1e-15), sure.publicScore(), 1e-18);
  }

  @Test
  void logLossDividesARowByItsSum() throws Exception {
    var key = allPublic(2, 0);
    var csv = "id,p0,p1\na,0.5004,0.5004\n"; // sums to 1.0008, within tolerance
    assertEquals(Math.log(2), score(csv, key, LOG_LOSS, PROBABILITIES).publicScore(), EPS);
  }

  @Test
  void rocAucWithTiedScoresUsesAverageRanks() throws Exception {
    // positives score 0.8 and 0.4; negatives 0.4, 0.2, 0.1. Ranks: 0.1->1, 0.2->2, 0.4,0.4->3.5,
    // 0.8->5. U = (5 + 3.5) - 2*3/2 = 5.5 ; AUC = 5.5 / (2*3).
    var key = allPublic(2, 1, 1, 0, 0, 0);
    var csv = "id,p0,p1\na,0.2,0.8\nb,0.6,0.4\nc,0.6,0.4\nd,0.8,0.2\ne,0.9,0.1\n";
    assertEquals(5.5 / 6, score(csv, key, ROC_AUC, PROBABILITIES).publicScore(), EPS);
    var values = "id,prediction\na,7\nb,-1\nc,-1\nd,-2.5\ne,-30\n";
    assertEquals(5.5 / 6, score(values, key, ROC_AUC, VALUES).publicScore(), EPS);
  }

  @Test
  void rocAucOfAConstantPredictorIsOneHalf() throws Exception {
    var key = allPublic(2, 1, 0, 1, 0, 0);
    var csv = "id,prediction\na,3\nb,3\nc,3\nd,3\ne,3\n";
    assertEquals(0.5, score(csv, key, ROC_AUC, VALUES).publicScore(), EPS);
  }

  @Test
  void rocAucOfAPerfectAndAReversedRanking() throws Exception {
    var key = allPublic(2, 1, 0, 1, 0);
    assertEquals(
        1.0,
        score("id,prediction\na,0.9\nb,0.1\nc,0.8\nd,0.3\n", key, ROC_AUC, VALUES).publicScore(),
        EPS);
    assertEquals(
        0.0,
        score("id,prediction\na,0.1\nb,0.9\nc,0.3\nd,0.8\n", key, ROC_AUC, VALUES).publicScore(),
        EPS);
  }

  @Test
  void rmseAndMae() throws Exception {
    var key = allPublic(0, 1, 2, 3);
    var csv = "id,prediction\na,1.5\nb,2\nc,1\n"; // errors 0.5, 0, -2
    assertEquals(Math.sqrt(4.25 / 3), score(csv, key, RMSE, VALUES).publicScore(), EPS);
    assertEquals(2.5 / 3, score(csv, key, MAE, VALUES).publicScore(), EPS);
  }

  @Test
  void onePassScoresThePublicAndThePrivateSplit() throws Exception {
    var key = Keys.split(2, new double[] {0, 1, 0, 1}, new boolean[] {true, true, false, false});
    var scores = score("id,prediction\nd,0\nc,0\nb,1\na,1\n", key, ACCURACY, LABELS);
    assertEquals(0.5, scores.publicScore(), EPS); // a wrong, b right
    assertEquals(0.5, scores.privateScore(), EPS); // c right, d wrong
    assertEquals(4, scores.rows());
    var regression =
        Keys.split(0, new double[] {1, 1, 5, 5}, new boolean[] {true, false, true, false});
    var errors = score("id,prediction\na,2\nb,1\nc,5\nd,1\n", regression, MAE, VALUES);
    assertEquals(0.5, errors.publicScore(), EPS);
    assertEquals(2.0, errors.privateScore(), EPS);
  }

  @Test
  void anEmptySplitScoresNaN() throws Exception {
    var key = allPublic(2, 0, 1);
    assertTrue(
        Double.isNaN(score("id,prediction\na,0\nb,1\n", key, ACCURACY, LABELS).privateScore()));
  }

  @Test
  void impossibleCombinationsAreConfigurationErrors() {
    var classes = allPublic(3, 0, 1, 2);
    var csv = "id,prediction\na,0\nb,1\nc,2\n";
    assertThrows(IllegalArgumentException.class, () -> score(csv, classes, LOG_LOSS, LABELS));
    assertThrows(IllegalArgumentException.class, () -> score(csv, classes, RMSE, LABELS));
    assertThrows(IllegalArgumentException.class, () -> score(csv, classes, ACCURACY, VALUES));
    assertThrows(IllegalArgumentException.class, () -> score(csv, classes, ROC_AUC, VALUES));
    var oneClassInPublic = allPublic(2, 1, 1, 1);
    assertThrows(
        IllegalArgumentException.class, () -> score(csv, oneClassInPublic, ROC_AUC, VALUES));
    assertTrue(ACCURACY.accepts(PROBABILITIES) && !ROC_AUC.accepts(LABELS));
  }
}
