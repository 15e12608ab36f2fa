package vn.hocsau.grading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small answer keys and a scoring shortcut for the grading tests. */
final class Keys {

  private Keys() {}

  /** Ids {@code a, b, c, …}, all public. */
  static AnswerKey allPublic(int numClasses, double... targets) {
    boolean[] pub = new boolean[targets.length];
    java.util.Arrays.fill(pub, true);
    return new AnswerKey(ids(targets.length), targets, pub, numClasses);
  }

  static AnswerKey split(int numClasses, double[] targets, boolean[] publicRows) {
    return new AnswerKey(ids(targets.length), targets, publicRows, numClasses);
  }

  static List<String> ids(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> String.valueOf((char) ('a' + i)))
        .toList();
  }

  static Scores score(String csv, AnswerKey key, Metric metric, PredictionFormat format)
      throws PredictionFileException, IOException {
    return score(csv.getBytes(StandardCharsets.UTF_8), key, metric, format, 1 << 20);
  }

  static Scores score(
      byte[] csv, AnswerKey key, Metric metric, PredictionFormat format, long maxBytes)
      throws PredictionFileException, IOException {
    return PredictionScorer.score(new ByteArrayInputStream(csv), key, metric, format, maxBytes);
  }

  /** Labels scored with accuracy against {@code a,b,c} = 0,1,2. */
  static Scores scoreBytes(byte[] csv, long maxBytes) {
    try {
      return score(csv, allPublic(3, 0, 1, 2), Metric.ACCURACY, PredictionFormat.LABELS, maxBytes);
    } catch (PredictionFileException | IOException e) {
      throw new AssertionError(e);
    }
  }
}
