package vn.hocsau.grading;

import java.io.IOException;
import java.io.InputStream;

/**
 * Validates and scores a predictions file against an {@link AnswerKey}, streaming: the file is read
 * once, line by line, and never held in memory as a whole.
 */
public final class PredictionScorer {

  private PredictionScorer() {}

  /**
   * Scores {@code csv} (UTF-8, header first) against {@code key}.
   *
   * @param maxBytes the largest file accepted
   * @throws PredictionFileException when the file is invalid (the learner's mistake)
   * @throws IOException when reading fails
   */
  public static Scores score(
      InputStream csv, AnswerKey key, Metric metric, PredictionFormat format, long maxBytes)
      throws PredictionFileException, IOException {
    // Implemented on the `grading` branch; this signature is the contract the lab feature uses.
    throw new UnsupportedOperationException("PredictionScorer is being implemented");
  }
}
