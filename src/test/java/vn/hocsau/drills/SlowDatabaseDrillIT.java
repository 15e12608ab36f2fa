package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drill 5: a slow database. The platform reaches its PostgreSQL through a {@link LatencyProxy};
 * once training jobs flow, the drill adds 500 ms to every round trip for longer than a lease, while
 * learners read pages, submit predictions files and configs, and watch job pages over SSE, and two
 * runners train. Pages must degrade but answer (no error of any kind), no lease may be lost to the
 * slowness (every job ends on its first attempt), the job streams must keep delivering, and nothing
 * accepted may be lost, scored twice or charged twice.
 */
class SlowDatabaseDrillIT {

  private static final int PORT = 18740;
  private static final int DATABASE_PROXY = 18741;
  private static final Duration LATENCY = Duration.ofMillis(500);

  /** Longer than the lease: a heartbeat the slowness made fail would show as a requeued job. */
  private static final Duration SLOW_PHASE = Duration.ofSeconds(90);

  private static final Duration LEASE = Duration.ofSeconds(60);

  /** Enough learners that requests wait on each other for the database's connections. */
  private static final int LEARNERS = 10;

  @Test
  @Tag("drills")
  void slowDatabase() throws Exception {
    LatencyProxy[] proxy = new LatencyProxy[1];
    try (RunnerDrill drill =
            RunnerDrill.prepare(
                PORT,
                db -> {
                  try {
                    proxy[0] = new LatencyProxy(DATABASE_PROXY, db.port(), LATENCY);
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                  return List.of(
                      "quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:"
                          + DATABASE_PROXY
                          + "/postgres");
                },
                RunnerDrill.settings(LEASE));
        LatencyProxy slow = proxy[0]) {
      URI site = drill.platform.url;
      drill.startRunner(site, 75);
      drill.startRunner(site, 76);
      drill.startLearners(
          site, LEARNERS, new VirtualLearner.Pace(Duration.ofMillis(300), 3, 19, 6), false);
      drill.await(
          "a training job running before the database slows down",
          Duration.ofMinutes(5),
          () -> liveJob(drill, "RUNNING").isPresent());

      slow.slow(true);
      Instant slowFrom = Instant.now();
      System.out.println("DRILL database slowed by " + LATENCY.toMillis() + " ms per round trip");
      List<SseWatch> watches = new ArrayList<>();
      List<Thread> watching = new ArrayList<>();
      Instant slowUntil = slowFrom.plus(SLOW_PHASE);
      while (Instant.now().isBefore(slowUntil)) {
        SseWatch current = watches.isEmpty() ? null : watches.get(watches.size() - 1);
        if (current == null || !current.ending().equals("still open")) {
          Optional<SseWatch> next = watchLiveJob(drill, site, watches);
          if (next.isPresent()) {
            Thread t = new Thread(next.get(), "drill-sse-" + next.get().jobId());
            t.setDaemon(true);
            t.start();
            watches.add(next.get());
            watching.add(t);
          }
        }
        // Polls for the stream's end or a job to watch; the slow phase's length is the drill's.
        Thread.sleep(1000);
      }
      slow.slow(false);
      Instant slowTo = Instant.now();
      System.out.println("DRILL database fast again after " + Duration.between(slowFrom, slowTo));
      Map<String, Duration> slowest = drill.ledger.slowest();

      for (Thread t : watching) {
        t.join(Duration.ofMinutes(3).toMillis());
      }
      drill.stopLearners();
      drill.await(
          "every accepted submission settled",
          Duration.ofMinutes(8),
          () -> {
            try {
              return drill.unsettled() == 0;
            } catch (SQLException e) {
              return false;
            }
          });
      List<RunnerDrill.JobRow> jobs = drill.jobs();
      long acceptedWhileSlow =
          drill.ledger.accepted().stream()
              .filter(a -> a.at().isAfter(slowFrom) && a.at().isBefore(slowTo))
              .count();
      long sseLinesWhileSlow =
          watches.stream().mapToLong(w -> w.linesBetween(slowFrom, slowTo)).sum();
      Duration longestPage =
          slowest.entrySet().stream()
              .filter(e -> e.getKey().startsWith("GET /courses"))
              .map(Map.Entry::getValue)
              .max(Duration::compareTo)
              .orElse(Duration.ZERO);
      DrillReport report =
          DrillReport.of(
              "drill 5 (database "
                  + LATENCY.toMillis()
                  + " ms slower per round trip for "
                  + SLOW_PHASE.toSeconds()
                  + " s, lease "
                  + LEASE.toSeconds()
                  + " s; 2 runners, "
                  + LEARNERS
                  + " learners)",
              drill.ledger,
              drill.db,
              List.of());
      System.out.println("DRILL " + report.line());
      System.out.println(
          "DRILL slow phase: longest lesson page "
              + seconds(longestPage)
              + ", longest answer by request "
              + slowest.entrySet().stream()
                  .map(e -> e.getKey().replaceAll("/[0-9]+", "/N") + " " + seconds(e.getValue()))
                  .distinct()
                  .sorted()
                  .toList()
              + "; accepted while slow "
              + acceptedWhileSlow
              + "; job streams "
              + watches
              + " with "
              + sseLinesWhileSlow
              + " events and keep-alives while slow");
      for (RunnerDrill.JobRow j : jobs) {
        System.out.println("DRILL job " + j + " " + drill.submissionsOf(j.id()));
      }
      drill.ledger.errors().forEach(e -> System.out.println("DRILL error " + e));

      assertEquals(
          List.of(),
          drill.ledger.errors().stream().limit(5).toList(),
          "pages and the API answered throughout: " + report.line());
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      assertTrue(acceptedWhileSlow > 0, "submissions were accepted while slow: " + report.line());
      assertTrue(
          jobs.stream().allMatch(j -> j.attempt() == 1 && j.state().equals("SUCCEEDED")),
          "no lease lost to the slowness, every job trained once: " + jobs);
      // A connection the pool could not hand out in time fails whatever asked for it: a learner's
      // request (a 500 before the fix), a runner's call, or, in the first run, the pending sweep.
      assertTrue(
          !drill.platform.fullLog().contains("Acquisition timeout"),
          "no request or task failed waiting for a database connection:\n" + drill.platform.log());
      assertTrue(
          !drill.platform.fullLog().contains("requeued"),
          "the reaper requeued nothing:\n" + drill.platform.log());
      assertTrue(!watches.isEmpty(), "a job page was watched while the database was slow");
      assertTrue(sseLinesWhileSlow > 0, "the job streams delivered while slow: " + watches);
      for (SseWatch w : watches) {
        assertEquals(200, w.status(), w.toString());
        assertEquals("end", w.ending(), "the stream stayed open until its job ended: " + w);
      }
    }
  }

  /**
   * A stream on the newest job that has not ended, opened in its owner's name, unless it is being
   * watched already.
   */
  private static Optional<SseWatch> watchLiveJob(
      RunnerDrill drill, URI site, List<SseWatch> watched) throws SQLException {
    try (Connection c = drill.db.connect();
        PreparedStatement s =
            c.prepareStatement(
                "select j.id, u.email from job j join app_user u on u.id = j.owner_id"
                    + " where j.state in ('QUEUED', 'RUNNING') order by j.id desc limit 1")) {
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long jobId = rs.getLong(1);
        String email = rs.getString(2);
        if (watched.stream().anyMatch(w -> w.jobId() == jobId)) {
          return Optional.empty();
        }
        return drill.learners().stream()
            .filter(l -> email.equals(l.email()))
            .findFirst()
            .map(l -> new SseWatch(site, l.token(), jobId));
      }
    }
  }

  private static Optional<Long> liveJob(RunnerDrill drill, String state) {
    try {
      return drill.jobs().stream()
          .filter(j -> j.state().equals(state))
          .map(RunnerDrill.JobRow::id)
          .findFirst();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
