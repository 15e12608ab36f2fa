package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drill 1 with runners: PostgreSQL stopped fast, then its postmaster killed, each for 15 s, while
 * two real runners (bwrap) train learners' configs and learners read pages and submit. The issue
 * asks that runners keep their jobs through the outage and retry their calls: heartbeats and
 * finishes that meet the outage fail with 503 and are sent again, and an outage shorter than the
 * lease costs no job its attempt. ({@link PostgresRestartDrillIT} is the same fault with learners
 * only, and its small version runs in every build.)
 */
class PostgresRestartWithRunnersDrillIT {

  private static final int PORT = 18760;
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final Duration OUTAGE = Duration.ofSeconds(15);

  @Test
  @Tag("drills")
  void postgresRestartsWhileRunnersTrain() throws Exception {
    try (RunnerDrill drill = RunnerDrill.prepare(PORT, RunnerDrill.settings(LEASE))) {
      URI site = drill.platform.url;
      drill.startRunner(site, 77);
      drill.startRunner(site, 78);
      drill.startLearners(
          site, 6, new VirtualLearner.Pace(Duration.ofMillis(300), 3, 19, 3), false);
      for (String fault : List.of("fast shutdown", "kill -9")) {
        drill.await(
            "a training job running before the " + fault,
            Duration.ofMinutes(5),
            () -> running(drill));
        System.out.println("DRILL database down: " + fault);
        if (fault.equals("kill -9")) {
          drill.db.killPostmaster();
        } else {
          drill.db.stopFast();
        }
        // The outage's length is the drill's timeline, not a wait for a condition.
        Thread.sleep(OUTAGE.toMillis());
        drill.db.restart();
        System.out.println("DRILL database back after " + fault);
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
      DrillReport report =
          DrillReport.of(
              "drill 1 with runners (PostgreSQL fast shutdown, then kill -9, "
                  + OUTAGE.toSeconds()
                  + " s each, lease "
                  + LEASE.toSeconds()
                  + " s; 2 runners, 6 learners)",
              drill.ledger,
              drill.db,
              List.of());
      System.out.println("DRILL " + report.line());
      for (RunnerDrill.JobRow j : jobs) {
        System.out.println("DRILL job " + j + " " + drill.submissionsOf(j.id()));
      }
      drill.ledger.unexpectedErrors().forEach(e -> System.out.println("DRILL unexpected " + e));

      assertEquals(
          List.of(),
          drill.ledger.unexpectedErrors().stream().limit(5).toList(),
          "while the database is down the platform answers 503 with Retry-After, nothing else");
      assertTrue(report.outageErrors() > 0, "the learners saw no outage at all: " + report.line());
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      assertTrue(jobs.size() >= 2, "jobs were trained around both outages: " + jobs);
      assertTrue(
          jobs.stream().allMatch(j -> j.state().equals("SUCCEEDED") && j.attempt() == 1),
          "the runners kept their jobs through outages shorter than the lease: " + jobs);
    }
  }

  private static boolean running(RunnerDrill drill) {
    try {
      return drill.jobs().stream().anyMatch(j -> j.state().equals("RUNNING"));
    } catch (SQLException e) {
      return false;
    }
  }
}
