package vn.hocsau.grading;

import java.io.IOException;
import java.io.InputStream;

/**
 * Validates and scores a predictions file against an {@link AnswerKey}, streaming: the file is read
 * once, line by line, and never held in memory as a whole.
 *
 * <p>The rules, each refused with the first offending line (1-based, the header is line 1):
 *
 * <ul>
 *   <li>UTF-8 (a byte-order mark is skipped), LF or CRLF line endings, blank lines ignored;
 *   <li>the header is {@code id,prediction} (labels, values) or {@code id,p0,…,p{k-1}}
 *       (probabilities);
 *   <li>every test id exactly once, in any order, and no other id;
 *   <li>numbers are plain decimals ({@code 0.25}, {@code -1e-3}) and finite;
 *   <li>a label is an integer class index 0..k-1 ({@code 2.0} is accepted as 2); a probability is
 *       in [0, 1] and a row's probabilities sum to 1 within {@link #PROBABILITY_SUM_TOLERANCE}
 *       (enough for float32 softmax outputs written with a few digits). Log loss divides each row
 *       by its sum; the other metrics use the probabilities as written.
 * </ul>
 *
 * Checks on a row run left to right: column count, id, then each value.
 */
public final class PredictionScorer {

  /** How far a row of probabilities may sum from 1. */
  public static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

  private PredictionScorer() {}

  /**
   * Scores {@code csv} (UTF-8, header first) against {@code key}; both splits in one pass.
   *
   * @param maxBytes the largest file accepted
   * @throws PredictionFileException when the file is invalid (the learner's mistake)
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when {@code metric}, {@code format} and {@code key} do not fit
   *     together (the lab's configuration is wrong, not the learner's file)
   */
  public static Scores score(
      InputStream csv, AnswerKey key, Metric metric, PredictionFormat format, long maxBytes)
      throws PredictionFileException, IOException {
    requireCompatible(key, metric, format);
    MetricAccumulator publicSplit = MetricAccumulator.of(metric, format, key, true);
    MetricAccumulator privateSplit = MetricAccumulator.of(metric, format, key, false);
    PredictionRows rows = new PredictionRows(new PredictionLines(csv, maxBytes), key, format);
    rows.readHeader();
    while (rows.next()) {
      int row = rows.row();
      (key.publicRows()[row] ? publicSplit : privateSplit).add(key.targets()[row], rows.values());
    }
    rows.requireAllIds();
    return new Scores(publicSplit.result(), privateSplit.result(), key.size());
  }

  private static void requireCompatible(AnswerKey key, Metric metric, PredictionFormat format) {
    if (!metric.accepts(format)) {
      throw new IllegalArgumentException(metric.key() + " cannot score " + format);
    }
    if (metric.classification() && key.numClasses() < 2) {
      throw new IllegalArgumentException(metric.key() + " needs at least two classes");
    }
    if (metric == Metric.ROC_AUC && key.numClasses() != 2) {
      throw new IllegalArgumentException("roc-auc is for binary tasks, not " + key.numClasses());
    }
    if (metric.classification()) {
      for (double t : key.targets()) {
        if (t != Math.rint(t) || t < 0 || t >= key.numClasses()) {
          throw new IllegalArgumentException("answer key holds a target that is no class: " + t);
        }
      }
    }
  }
}
