package vn.hocsau.bench.scale;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.bench.BenchPlatform;
import vn.hocsau.system.db.EmbeddedDatabase;

/**
 * Issue 15's scale simulation ({@code bench/queue/run.sh}): the packaged platform with 1, 2, 4 and
 * 8 runner processes ({@link ProtocolRunner}) on the same queue, kept {@value #DEPTH} jobs deep
 * from {@value #LEARNERS} learners by a feeder, as a busy evening would keep it. Reports jobs
 * finished per second and the claim call's latency, which includes the claim query (fairness
 * ranking, per-learner cap, advisory lock) and the HTTP round trip.
 */
@Tag("bench")
class QueueScaleBench {

  static final int DEPTH = 500;
  static final int LEARNERS = 500;

  @Test
  void runnersOnOneQueue() throws Exception {
    int seconds = Integer.parseInt(System.getProperty("bench.queue.seconds", "20"));
    Path dir = BenchPlatform.ROOT.resolve("target/bench/queue");
    Files.createDirectories(dir);
    List<String> jvm = List.of(BenchPlatform.JVM_FLAGS.split(" "));
    try (EmbeddedPostgres pg = EmbeddedDatabase.builder(dir.resolve("pg"), 0, false).start();
        BenchPlatform platform =
            BenchPlatform.start(pg.getJdbcUrl("postgres", "postgres"), dir, jvm)) {
      DataSource db = pg.getPostgresDatabase();
      learners(db);
      ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
      feeder.scheduleWithFixedDelay(() -> topUp(db), 0, 50, TimeUnit.MILLISECONDS);
      StringBuilder table = new StringBuilder();
      table.append(
          String.format(
              Locale.ROOT,
              "%d s per row, queue kept %d deep from %d learners, %d CPUs%n%n",
              seconds,
              DEPTH,
              LEARNERS,
              Runtime.getRuntime().availableProcessors()));
      table.append("| runners | jobs/s | per runner | claim p50 (ms) | claim p99 (ms) |\n");
      table.append("|---:|---:|---:|---:|---:|\n");
      try {
        for (int n : new int[] {1, 2, 4, 8}) {
          Row row = run(platform, dir, n, seconds);
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %d | %.1f | %.1f | %.1f | %.1f |%n",
                  n,
                  row.jobsPerSecond(),
                  row.jobsPerSecond() / n,
                  row.p50(),
                  row.p99()));
          assertTrue(row.jobsPerSecond() > 0, n + " runners finished nothing");
        }
      } finally {
        feeder.shutdownNow();
      }
      System.out.println(table);
      Files.writeString(BenchPlatform.ROOT.resolve("target/bench/queue.md"), table.toString());
    }
  }

  record Row(double jobsPerSecond, double p50, double p99) {}

  private static Row run(BenchPlatform platform, Path dir, int n, int seconds) throws Exception {
    List<Process> runners = new ArrayList<>();
    List<Path> outs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path out = dir.resolve("runner-" + n + "-" + i + ".txt");
      Files.deleteIfExists(out);
      outs.add(out);
      runners.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx64m",
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ProtocolRunner.class.getName(),
                  platform.url(),
                  platform.runnerToken(),
                  Integer.toString(seconds),
                  out.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("runner-" + n + "-" + i + ".log").toFile())
              .start());
    }
    long jobs = 0;
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!runners.get(i).waitFor(seconds + 120L, TimeUnit.SECONDS)
          || runners.get(i).exitValue() != 0) {
        throw new IllegalStateException("Runner " + i + " of " + n + " failed; see its log");
      }
      List<String> lines = Files.readAllLines(outs.get(i));
      jobs += Long.parseLong(lines.get(0));
      lines.stream().skip(1).map(Double::parseDouble).forEach(latencies::add);
    }
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Row((double) jobs / seconds, percentile(sorted, 50), percentile(sorted, 99));
  }

  private static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static void learners(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO app_user (email, display_name, created_at, updated_at)"
              + " SELECT 'queue-bench-' || g || '@bench.hocsau.vn', 'Học viên ' || g, now(), now()"
              + " FROM generate_series(1, "
              + LEARNERS
              + ") g");
    }
  }

  /** Brings the queue back to {@link #DEPTH} jobs, spread over the bench's learners. */
  private static void topUp(DataSource db) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO job (owner_id, kind, resource, payload, state, max_attempts, queued_at)"
              + " SELECT u.id, 'bench-noop', 'cpu', '{}'::jsonb, 'QUEUED', 3, now()"
              + " FROM generate_series(1, GREATEST(0, "
              + DEPTH
              + " - (SELECT count(*) FROM job WHERE state = 'QUEUED'))) g"
              + " JOIN LATERAL (SELECT id FROM app_user WHERE email LIKE 'queue-bench-%'"
              + " ORDER BY random() + g * 0 LIMIT 1) u ON TRUE");
    } catch (SQLException e) {
      // The next top-up tries again; a missed one only lets the queue dip.
      System.err.println("top-up: " + Arrays.toString(e.getStackTrace()).substring(0, 200));
    }
  }
}
