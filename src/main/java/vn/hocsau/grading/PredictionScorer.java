package vn.hocsau.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Validates and scores a predictions file against an {@link AnswerKey}, streaming: the file is read
 * once, line by line, and never held in memory as a whole.
 *
 * <p>TEMPORARY minimal implementation on the {@code lab} branch so the lab feature can be tested;
 * the {@code grading} branch's version replaces it.
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
    byte[] bytes = csv.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new PredictionFileException(PredictionProblem.TOO_LARGE, 0, maxBytes);
    }
    if (bytes.length == 0) {
      throw new PredictionFileException(PredictionProblem.EMPTY, 0);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new PredictionFileException(PredictionProblem.NOT_UTF8, 0);
    }
    int k = key.numClasses();
    String expected = header(format, k);
    BufferedReader reader = new BufferedReader(new java.io.StringReader(text));
    String first = reader.readLine();
    String found = first == null ? "" : first.strip();
    if (!found.equals(expected)) {
      throw new PredictionFileException(PredictionProblem.BAD_HEADER, 1, expected, found);
    }
    int columns = expected.split(",").length;
    Map<String, Integer> rowOf = new HashMap<>();
    for (int i = 0; i < key.size(); i++) {
      rowOf.put(key.ids().get(i), i);
    }
    double[][] predicted = new double[key.size()][];
    long[] seenAt = new long[key.size()];
    long lineNo = 1;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.strip().split(",", -1);
      if (cells.length != columns) {
        throw new PredictionFileException(
            PredictionProblem.WRONG_COLUMNS, lineNo, columns, cells.length);
      }
      Integer row = rowOf.get(cells[0]);
      if (row == null) {
        throw new PredictionFileException(PredictionProblem.UNKNOWN_ID, lineNo, cells[0]);
      }
      if (seenAt[row] != 0) {
        throw new PredictionFileException(
            PredictionProblem.DUPLICATE_ID, lineNo, cells[0], seenAt[row]);
      }
      seenAt[row] = lineNo;
      predicted[row] = values(cells, format, k, lineNo);
    }
    for (int i = 0; i < key.size(); i++) {
      if (predicted[i] == null) {
        int missing = 0;
        for (double[] p : predicted) {
          missing += p == null ? 1 : 0;
        }
        throw new PredictionFileException(
            PredictionProblem.MISSING_IDS, 0, missing, key.ids().get(i));
      }
    }
    return new Scores(
        metric(key, predicted, metric, true), metric(key, predicted, metric, false), key.size());
  }

  private static String header(PredictionFormat format, int k) {
    if (format != PredictionFormat.PROBABILITIES) {
      return "id,prediction";
    }
    StringBuilder b = new StringBuilder("id");
    for (int c = 0; c < k; c++) {
      b.append(",p").append(c);
    }
    return b.toString();
  }

  private static double[] values(String[] cells, PredictionFormat format, int k, long line)
      throws PredictionFileException {
    double[] v = new double[cells.length - 1];
    double sum = 0;
    for (int c = 1; c < cells.length; c++) {
      double x;
      try {
        x = Double.parseDouble(cells[c].strip());
      } catch (NumberFormatException e) {
        throw new PredictionFileException(PredictionProblem.NOT_A_NUMBER, line, c + 1, cells[c]);
      }
      if (!Double.isFinite(x)) {
        throw new PredictionFileException(PredictionProblem.NOT_FINITE, line, c + 1);
      }
      boolean bad =
          switch (format) {
            case LABELS -> x != Math.rint(x) || x < 0 || x >= k;
            case PROBABILITIES -> x < 0 || x > 1;
            case VALUES -> false;
          };
      if (bad) {
        throw new PredictionFileException(PredictionProblem.OUT_OF_RANGE, line, c + 1, cells[c]);
      }
      v[c - 1] = x;
      sum += x;
    }
    if (format == PredictionFormat.PROBABILITIES && Math.abs(sum - 1) > 1e-3) {
      throw new PredictionFileException(PredictionProblem.BAD_PROBABILITY_SUM, line, sum);
    }
    return v;
  }

  private static double metric(AnswerKey key, double[][] p, Metric metric, boolean publicRows) {
    double total = 0;
    int n = 0;
    for (int i = 0; i < key.size(); i++) {
      if (key.publicRows()[i] != publicRows) {
        continue;
      }
      double truth = key.targets()[i];
      n++;
      total +=
          switch (metric) {
            case RMSE -> Math.pow(p[i][0] - truth, 2);
            case MAE -> Math.abs(p[i][0] - truth);
            case LOG_LOSS -> -Math.log(Math.max(1e-15, p[i][(int) truth]));
            default -> predictedClass(p[i]) == (int) truth ? 1 : 0;
          };
    }
    if (n == 0) {
      return 0;
    }
    return metric == Metric.RMSE ? Math.sqrt(total / n) : total / n;
  }

  private static int predictedClass(double[] row) {
    if (row.length == 1) {
      return (int) row[0];
    }
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      best = row[c] > row[best] ? c : best;
    }
    return best;
  }
}
