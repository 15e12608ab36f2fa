package vn.hocsau.grading;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Scoring throughput on 1M-row files, one per metric and format, against a reference measured in
 * the same run on the same file: reading its lines with a {@link BufferedReader} and nothing else.
 * The ratio is the scorer's overhead (validation, id lookup, parsing, the metric). Run with {@code
 * bench/scoring/run.sh} (through the {@code bench}-tagged {@link ScoringBench}), or as a plain
 * {@code main} on the test classpath where Maven is not at hand.
 */
final class ScoringBenchmark {

  private static final int ROWS = 1_000_000;
  private static final int REPEATS = 3;

  record Case(Metric metric, PredictionFormat format, int numClasses, boolean shuffled) {
    Case(Metric metric, PredictionFormat format, int numClasses) {
      this(metric, format, numClasses, false);
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("scoring-bench");
    try {
      System.out.println(run(dir));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  /** Runs every case on files written under {@code dir}; returns the table. */
  static String run(Path dir) throws Exception {
    List<Case> cases =
        List.of(
            new Case(Metric.ACCURACY, PredictionFormat.LABELS, 10),
            new Case(Metric.MACRO_F1, PredictionFormat.LABELS, 10),
            new Case(Metric.ACCURACY, PredictionFormat.PROBABILITIES, 10),
            new Case(Metric.LOG_LOSS, PredictionFormat.PROBABILITIES, 10),
            new Case(Metric.ROC_AUC, PredictionFormat.PROBABILITIES, 2),
            new Case(Metric.ROC_AUC, PredictionFormat.VALUES, 2),
            new Case(Metric.RMSE, PredictionFormat.VALUES, 0),
            new Case(Metric.MAE, PredictionFormat.VALUES, 0),
            new Case(Metric.ACCURACY, PredictionFormat.LABELS, 10, true),
            new Case(Metric.LOG_LOSS, PredictionFormat.PROBABILITIES, 10, true),
            new Case(Metric.RMSE, PredictionFormat.VALUES, 0, true));
    AnswerKey[] keys = new AnswerKey[11];
    List<String> table = new ArrayList<>();
    table.add(
        String.format(
            Locale.ROOT,
            "%-9s %-13s %-8s %8s %14s %14s %7s %9s",
            "metric",
            "format",
            "order",
            "MB",
            "readLine r/s",
            "scorer r/s",
            "ratio",
            "score ms"));
    for (Case c : cases) {
      AnswerKey key = keys[c.numClasses()] != null ? keys[c.numClasses()] : key(c.numClasses(), 42);
      keys[c.numClasses()] = key;
      Path file = dir.resolve(c.format() + "-" + c.numClasses() + "-" + c.shuffled() + ".csv");
      if (!Files.exists(file)) {
        write(file, key, c.format(), c.shuffled(), 7);
      }
      double readBest = Double.MAX_VALUE;
      double scoreBest = Double.MAX_VALUE;
      for (int i = 0; i < REPEATS; i++) {
        readBest = Math.min(readBest, timeRead(file));
        scoreBest = Math.min(scoreBest, timeScore(file, key, c));
      }
      table.add(
          String.format(
              Locale.ROOT,
              "%-9s %-13s %-8s %8.1f %,14.0f %,14.0f %7.2f %9.0f",
              c.metric().key(),
              c.format().name().toLowerCase(Locale.ROOT),
              c.shuffled() ? "shuffled" : "key",
              Files.size(file) / 1e6,
              ROWS / readBest,
              ROWS / scoreBest,
              scoreBest / readBest,
              scoreBest * 1000));
    }
    return String.format(
        Locale.ROOT,
        "Scoring %,d rows, best of %d, %d cores, Java %s:%n%s",
        ROWS,
        REPEATS,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        String.join("\n", table));
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }

  private static double timeRead(Path file) throws IOException {
    long start = System.nanoTime();
    long lines = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      while (r.readLine() != null) {
        lines++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    check(lines == ROWS + 1, "lines read: " + lines);
    return seconds;
  }

  private static double timeScore(Path file, AnswerKey key, Case c) throws Exception {
    long start = System.nanoTime();
    Scores scores;
    try (InputStream in = Files.newInputStream(file)) {
      scores = PredictionScorer.score(in, key, c.metric(), c.format(), Long.MAX_VALUE);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    check(scores.rows() == ROWS, "rows scored: " + scores.rows());
    check(Double.isFinite(scores.publicScore() + scores.privateScore()), "scores: " + scores);
    return seconds;
  }

  /** A key of ROWS rows, a third of them public; regression when numClasses is 0. */
  private static AnswerKey key(int numClasses, long seed) {
    var random = new SplittableRandom(seed);
    List<String> ids = new ArrayList<>(ROWS);
    double[] targets = new double[ROWS];
    boolean[] pub = new boolean[ROWS];
    for (int i = 0; i < ROWS; i++) {
      ids.add(String.format(Locale.ROOT, "t%07d", i));
      targets[i] = numClasses == 0 ? random.nextDouble() * 100 : random.nextInt(numClasses);
      pub[i] = i % 3 == 0;
    }
    return new AnswerKey(ids, targets, pub, numClasses);
  }

  /**
   * Predictions in the key's order (as our trainer writes them) or shuffled (as a loop over a
   * shuffled loader might write them, which costs the scorer its hash index).
   */
  private static void write(
      Path file, AnswerKey key, PredictionFormat format, boolean shuffled, long seed)
      throws IOException {
    var random = new SplittableRandom(seed);
    int[] order = new int[ROWS];
    Arrays.setAll(order, i -> i);
    for (int i = ROWS - 1; shuffled && i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int k = key.numClasses();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", PredictionRows.columns(format, k)));
      w.write('\n');
      StringBuilder line = new StringBuilder();
      double[] p = new double[Math.max(k, 1)];
      for (int row : order) {
        line.setLength(0);
        line.append(key.ids().get(row)).append(',');
        double truth = key.targets()[row];
        switch (format) {
          case LABELS -> line.append(random.nextInt(3) == 0 ? random.nextInt(k) : (int) truth);
          case VALUES -> line.append(truth + random.nextDouble() * 10 - 5);
          case PROBABILITIES -> appendProbabilities(line, p, (int) truth, random);
        }
        w.append(line).append('\n');
      }
    }
  }

  private static void appendProbabilities(
      StringBuilder line, double[] p, int truth, SplittableRandom random) {
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = random.nextDouble() + (c == truth ? 1 : 0);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      // Six decimals, as a float32 softmax is usually written; the sum stays within 1e-5 of 1.
      line.append(String.format(Locale.ROOT, "%.6f", p[c] / sum));
    }
  }
}
