package vn.hocsau.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drill 1: PostgreSQL goes away under load and comes back, twice: first a fast shutdown ({@code
 * pg_ctl stop -m fast}), then a {@code kill -9} of the postmaster. The platform runs throughout;
 * the learners keep reading pages and submitting predictions. For each outage it records when the
 * readiness check went DOWN and UP again and how long the platform took to serve everyone again
 * after the database was back.
 */
final class PostgresRestartDrill implements AutoCloseable {

  /** The size of a drill: how many learners, how they pace themselves, how long each phase. */
  record Load(
      int learners, VirtualLearner.Pace pace, Duration warmUp, Duration outage, Duration between) {}

  /** One outage: when the database went away, came back, and when readiness said so. */
  record Outage(String fault, Instant down, Instant back, Instant readyDown, Instant readyUp) {}

  /** How long after the database is back the platform must be serving everyone again. */
  static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

  private final Path dir;
  final DrillDatabase db;
  final DrillPlatform platform;
  final DrillLedger ledger = new DrillLedger();
  final List<Outage> outages = new ArrayList<>();

  private PostgresRestartDrill(Path dir, DrillDatabase db, DrillPlatform platform) {
    this.dir = dir;
    this.db = db;
    this.platform = platform;
  }

  /** Starts a database and the platform on it. */
  static PostgresRestartDrill prepare() throws IOException {
    DrillPlatform.assumePackaged();
    Path dir = Files.createTempDirectory("hocsau-drill-");
    DrillDatabase db = DrillDatabase.start(dir.resolve("postgres"));
    try {
      return new PostgresRestartDrill(dir, db, DrillPlatform.start(db, dir));
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Runs the load through both outages; returns the report. */
  DrillReport run(Load load) throws Exception {
    List<VirtualLearner> learners = new ArrayList<>();
    for (int i = 1; i <= load.learners(); i++) {
      VirtualLearner learner =
          new VirtualLearner("hoc-vien-" + i, platform.url, ledger, load.pace());
      learner.signUp();
      learners.add(learner);
    }
    List<Thread> threads = new ArrayList<>();
    for (VirtualLearner learner : learners) {
      Thread t = new Thread(learner, "drill-learner");
      t.start();
      threads.add(t);
    }
    try (ReadinessWatch readiness = new ReadinessWatch(platform)) {
      hold(load.warmUp());
      outage("fast shutdown", db::stopFast, load.outage(), readiness);
      hold(load.between());
      outage("kill -9", db::killPostmaster, load.outage(), readiness);
      hold(load.between());
    } finally {
      learners.forEach(VirtualLearner::stop);
      for (Thread t : threads) {
        t.join(VirtualLearner.GIVE_UP.plusSeconds(30).toMillis());
      }
    }
    return DrillReport.of(
        "drill 1 (PostgreSQL fast shutdown, then kill -9, " + load.learners() + " learners)",
        ledger,
        db,
        outages.stream().map(this::recovery).toList());
  }

  /** A fault that takes the database away. */
  interface Fault {
    void cause() throws Exception;
  }

  private void outage(String name, Fault fault, Duration length, ReadinessWatch readiness)
      throws Exception {
    Instant down = Instant.now();
    fault.cause();
    hold(length);
    Instant restarting = Instant.now();
    db.restart();
    // The server accepts somewhere between these two instants; the recovery is counted from the
    // later one, so it is never flattered, and readiness may turn UP from the earlier one.
    Instant back = Instant.now();
    Instant deadline = back.plus(RECOVERY_LIMIT).plusSeconds(20);
    while (!readiness.up() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    outages.add(
        new Outage(
            name,
            down,
            back,
            readiness.first(false, down).map(ReadinessWatch.Change::at).orElse(null),
            readiness.first(true, restarting).map(ReadinessWatch.Change::at).orElse(null)));
  }

  /**
   * From the database accepting connections again to the later of the readiness check's UP and the
   * last error any learner saw in the following phase.
   */
  Duration recovery(Outage o) {
    Instant end = o.readyUp() == null ? Instant.now() : o.readyUp();
    Instant next =
        outages.stream()
            .map(Outage::down)
            .filter(d -> d.isAfter(o.back()))
            .findFirst()
            .orElse(null);
    for (DrillLedger.Error e : ledger.errors()) {
      if (e.at().isAfter(o.back())
          && (next == null || e.at().isBefore(next))
          && e.at().isAfter(end)) {
        end = e.at();
      }
    }
    return end.isAfter(o.back()) ? Duration.between(o.back(), end) : Duration.ZERO;
  }

  /** The load keeps running for {@code d}: the drill's timeline, not a wait for a condition. */
  private static void hold(Duration d) throws InterruptedException {
    Thread.sleep(d.toMillis());
  }

  @Override
  public void close() throws Exception {
    try {
      platform.close();
      // The platform's log tells the drill's story; keep it where failsafe keeps its reports.
      Path kept = DrillPlatform.ROOT.resolve("target/drills");
      Files.createDirectories(kept);
      Files.copy(
          dir.resolve("platform.log"),
          kept.resolve("platform-" + Instant.now().toEpochMilli() + ".log"));
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
