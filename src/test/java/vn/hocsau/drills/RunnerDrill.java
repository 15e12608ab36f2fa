package vn.hocsau.drills;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import vn.hocsau.e2e.RunnerProcess;

/**
 * The stage of the drills with runners (2 and 3): the drill's PostgreSQL, the packaged platform on
 * a fixed port (so that a platform started again after a crash is where its clients look), real
 * gpu-runner processes with their bubblewrap sandboxes on the dev runner token, and virtual
 * learners who submit predictions files and small training jobs. What lies between the clients and
 * the platform is the drill's choice: directly, or through a {@link FaultProxy}.
 */
final class RunnerDrill implements AutoCloseable {

  /**
   * The platform's settings for a drill: the reaper and the pending-submission sweep run every few
   * seconds (a drill cannot wait a minute for each), the lease is {@code lease}, and the log is
   * production's JSON lines, so that a drill can read its story back from them.
   */
  static String[] settings(Duration lease) {
    return new String[] {
      "hocsau.queue.lease=" + lease,
      "hocsau.queue.reaper-interval=5s",
      "hocsau.labs.sweep-interval=5s",
      "hocsau.labs.sweep-grace=PT20S",
      "hocsau.log.json=true",
    };
  }

  final Path dir;
  final DrillDatabase db;
  final int port;
  final String[] settings;
  final DrillLedger ledger = new DrillLedger();
  private final List<RunnerProcess> runners = new ArrayList<>();
  private final List<VirtualLearner> learners = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  volatile DrillPlatform platform;

  private RunnerDrill(Path dir, DrillDatabase db, int port, String[] settings) {
    this.dir = dir;
    this.db = db;
    this.port = port;
    this.settings = settings;
  }

  /** A database and the platform on it, on {@code port}. */
  static RunnerDrill prepare(int port, String... settings) throws IOException {
    DrillPlatform.assumePackaged();
    Path dir = Files.createTempDirectory("hocsau-drill-");
    DrillDatabase db = DrillDatabase.start(dir.resolve("postgres"));
    RunnerDrill drill = new RunnerDrill(dir, db, port, settings);
    try {
      drill.platform = DrillPlatform.start(db, dir, port, settings);
      return drill;
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * A database and the platform on it, on {@code port}, with settings that depend on the database
   * (drill 5 points the platform at a proxy in front of it).
   */
  static RunnerDrill prepare(
      int port, Function<DrillDatabase, List<String>> databaseSettings, String... settings)
      throws IOException {
    DrillPlatform.assumePackaged();
    Path dir = Files.createTempDirectory("hocsau-drill-");
    DrillDatabase db = DrillDatabase.start(dir.resolve("postgres"));
    List<String> all = new ArrayList<>(List.of(settings));
    RunnerDrill drill;
    try {
      all.addAll(databaseSettings.apply(db));
      drill = new RunnerDrill(dir, db, port, all.toArray(String[]::new));
      drill.platform = DrillPlatform.start(db, dir, port, drill.settings);
      return drill;
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The learners started so far. */
  List<VirtualLearner> learners() {
    return List.copyOf(learners);
  }

  /** Starts the platform again on the same database and port, after it was killed. */
  void restartPlatform() throws IOException {
    platform = DrillPlatform.start(db, dir, port, settings);
  }

  /** A runner with one CPU slot on the dev runner token, talking to the platform at {@code url}. */
  RunnerProcess startRunner(URI url, int instance) throws IOException {
    String token = Files.readString(dir.resolve("runner-token")).strip();
    URL platformUrl = url.toURL();
    RunnerProcess runner =
        RunnerProcess.start(
            platformUrl,
            token,
            RunnerProcess.WORK,
            instance,
            "drill-runner-" + instance + ".log",
            Map.of());
    runners.add(runner);
    return runner;
  }

  /** Signs up {@code n} learners at {@code url} and sets them going. */
  void startLearners(URI url, int n, VirtualLearner.Pace pace, boolean platformMayVanish)
      throws IOException, InterruptedException {
    List<VirtualLearner> fresh = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      VirtualLearner learner =
          new VirtualLearner("hoc-vien-" + i, url, ledger, pace, platformMayVanish);
      learner.signUp();
      fresh.add(learner);
    }
    for (VirtualLearner learner : fresh) {
      Thread t = new Thread(learner, "drill-learner");
      t.start();
      threads.add(t);
      learners.add(learner);
    }
  }

  /** Asks every learner to stop and waits for them to finish what they are doing. */
  void stopLearners() throws InterruptedException {
    learners.forEach(VirtualLearner::stop);
    for (Thread t : threads) {
      t.join(VirtualLearner.GIVE_UP.plusSeconds(30).toMillis());
    }
  }

  /** A job of the drill: its state, attempt and outcome. */
  record JobRow(long id, String state, int attempt, String errorClass, boolean waived) {}

  /** Every training job, by id. */
  List<JobRow> jobs() throws SQLException {
    List<JobRow> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id, state, attempt, error_class, charge_waived from job order by id")) {
      while (rs.next()) {
        rows.add(
            new JobRow(
                rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5)));
      }
    }
    return rows;
  }

  /** How many accepted submissions are still PENDING (or absent). */
  long unsettled() throws SQLException {
    List<Long> ids = ledger.accepted().stream().map(DrillLedger.Accepted::id).toList();
    if (ids.isEmpty()) {
      return 0;
    }
    String in = ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from lab_submission where status <> 'PENDING' and id in ("
                    + in
                    + ")")) {
      rs.next();
      return ids.size() - rs.getLong(1);
    }
  }

  /** The submissions of job {@code jobId}: "status problem" per row. */
  List<String> submissionsOf(long jobId) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select status, charged, problem::text from lab_submission where job_id = "
                    + jobId)) {
      while (rs.next()) {
        rows.add(rs.getString(1) + (rs.getBoolean(2) ? " charged " : " ") + rs.getString(3));
      }
    }
    return rows;
  }

  /** The runners' logs, for failure messages. */
  String runnerLogs() {
    StringBuilder out = new StringBuilder();
    for (RunnerProcess r : runners) {
      String text = r.output();
      out.append("--- runner ---\n")
          .append(text.length() > 6000 ? text.substring(text.length() - 6000) : text);
    }
    return out.toString();
  }

  /**
   * Polls {@code condition} every 500 ms until it holds; fails with {@code what} at the deadline.
   */
  void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "not within " + limit + ": " + what + "\n" + runnerLogs() + "\n" + platform.log());
      }
      Thread.sleep(500);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      stopLearners();
      for (RunnerProcess r : runners) {
        r.close();
      }
      platform.close();
      Path kept = DrillPlatform.ROOT.resolve("target/drills");
      Files.createDirectories(kept);
      long now = Instant.now().toEpochMilli();
      Files.copy(dir.resolve("platform.log"), kept.resolve("platform-" + now + ".log"));
      for (RunnerProcess r : runners) {
        Files.writeString(
            kept.resolve("runner-" + now + "-" + runners.indexOf(r) + ".log"), r.output());
      }
    } finally {
      db.close();
      try (var paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A temporary folder left behind is not worth failing the drill for.
      }
    }
  }
}
