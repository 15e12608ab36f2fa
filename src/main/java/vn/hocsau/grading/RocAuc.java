package vn.hocsau.grading;

import java.util.Arrays;

/**
 * Area under the ROC curve of a binary task, computed as the Mann–Whitney statistic: the chance
 * that a random positive row scores above a random negative one, ties counting one half (the same
 * as ranking all scores with average ranks for ties, and as scikit-learn's {@code roc_auc_score}).
 * The score of a row is p1 for probabilities, the value itself for values. Unlike the other metrics
 * this keeps every score of the split (two sorted {@code double[]}, 16 bytes per row).
 */
final class RocAuc implements MetricAccumulator {

  private final boolean probabilities;
  private final double[] positives;
  private final double[] negatives;
  private int p;
  private int n;

  private RocAuc(boolean probabilities, int positives, int negatives) {
    this.probabilities = probabilities;
    this.positives = new double[positives];
    this.negatives = new double[negatives];
  }

  static RocAuc forSplit(PredictionFormat format, AnswerKey key, boolean publicSplit) {
    int pos = 0;
    int neg = 0;
    for (int i = 0; i < key.size(); i++) {
      if (key.publicRows()[i] == publicSplit) {
        if (key.targets()[i] == 1) {
          pos++;
        } else {
          neg++;
        }
      }
    }
    if (pos + neg > 0 && (pos == 0 || neg == 0)) {
      // The lab's answer key is unusable for this metric: no learner can fix that.
      throw new IllegalArgumentException(
          "ROC AUC needs both classes in the " + (publicSplit ? "public" : "private") + " split");
    }
    return new RocAuc(format == PredictionFormat.PROBABILITIES, pos, neg);
  }

  @Override
  public void add(double truth, double[] values) {
    double score = probabilities ? values[1] : values[0];
    if (truth == 1) {
      positives[p++] = score;
    } else {
      negatives[n++] = score;
    }
  }

  @Override
  public double result() {
    if (p + n == 0) {
      return Double.NaN;
    }
    Arrays.sort(positives, 0, p);
    Arrays.sort(negatives, 0, n);
    // For each positive (ascending), count the negatives below it and those equal to it.
    // Both pointers only move forward, so ties cost nothing extra: O(p + n) after sorting.
    double wins = 0;
    int below = 0;
    int notAbove = 0;
    for (int i = 0; i < p; i++) {
      double s = positives[i];
      while (below < n && negatives[below] < s) {
        below++;
      }
      notAbove = Math.max(notAbove, below);
      while (notAbove < n && negatives[notAbove] == s) {
        notAbove++;
      }
      wins += below + 0.5 * (notAbove - below);
    }
    return wins / ((double) p * n);
  }
}
