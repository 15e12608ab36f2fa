package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drill 3: a runner loses the network to the platform with a job running. It talks to the platform
 * through a {@link FaultProxy} that the drill pauses (nothing gets through either way, connections
 * hang, as when a route drops packets) and resumes; a second runner and the learners reach the
 * platform directly. Either the cut-off runner delivers when the network returns, or its lease
 * expires and the job runs again on the other runner; never both scores, nothing charged twice.
 */
class RunnerCutOffDrillIT {

  /** Runner instances 75-79 are the drills'; drill 2 uses 75 and 76. */
  private static final int CUT_RUNNER = 77;

  private static final int OTHER_RUNNER = 78;

  /** The production lease. */
  private static final Duration LEASE = Duration.ofSeconds(60);

  /** Two minutes cut off: the lease expires, the job runs again on the other runner. */
  @Test
  @Tag("drills")
  void runnerCutOffForTwoMinutes() throws Exception {
    Cut cut = drill(18720, Duration.ofMinutes(2));
    assertTrue(
        cut.job().attempt() >= 2,
        "a lease of " + LEASE + " expired during a 2-minute cut: the job ran again: " + cut);
  }

  /** Cut off for less than its lease: the runner keeps the job and delivers when it is back. */
  @Test
  @Tag("drills")
  void runnerCutOffShorterThanItsLease() throws Exception {
    Cut cut = drill(18730, Duration.ofSeconds(15));
    assertEquals(1, cut.job().attempt(), "the cut-off runner delivered it itself: " + cut);
  }

  /** What became of the job the cut-off runner was training. */
  record Cut(RunnerDrill.JobRow job, List<String> submissions, DrillReport report) {}

  private static Cut drill(int port, Duration length) throws Exception {
    try (RunnerDrill drill = RunnerDrill.prepare(port, RunnerDrill.settings(LEASE));
        FaultProxy proxy = new FaultProxy(port + 1, port)) {
      URI direct = drill.platform.url;
      drill.startRunner(URI.create("http://127.0.0.1:" + (port + 1)), CUT_RUNNER);
      // A submission every 6th round, every 4th of them a config: load through the whole cut (page
      // reads go on after the daily limit's 19), and few enough jobs for one runner to work off.
      drill.startLearners(
          direct, 3, new VirtualLearner.Pace(Duration.ofMillis(500), 6, 19, 4), false);
      RunnerDrill.JobRow[] running = new RunnerDrill.JobRow[1];
      drill.await(
          "a training job running on the runner to cut off",
          Duration.ofMinutes(5),
          () -> {
            running[0] = runningJob(drill).orElse(null);
            return running[0] != null;
          });
      long jobId = running[0].id();
      proxy.pause();
      Instant cutAt = Instant.now();
      System.out.println("DRILL cut off the runner training job " + jobId);
      drill.startRunner(direct, OTHER_RUNNER);
      Thread.sleep(length.toMillis());
      proxy.resume();
      Instant back = Instant.now();
      System.out.println("DRILL network back after " + Duration.between(cutAt, back));
      drill.await(
          "the cut-off job " + jobId + " ended and its submission settled",
          Duration.ofMinutes(6),
          () -> settled(drill, jobId));
      Instant jobSettled = Instant.now();
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
      RunnerDrill.JobRow job =
          drill.jobs().stream().filter(j -> j.id() == jobId).findFirst().orElseThrow();
      List<String> submissions = drill.submissionsOf(jobId);
      DrillReport report =
          DrillReport.of(
              "drill 3 (a runner cut off for "
                  + length.toSeconds()
                  + " s with a job running, lease "
                  + LEASE.toSeconds()
                  + " s; 2 runners, 3 learners)",
              drill.ledger,
              drill.db,
              List.of(Duration.between(back, jobSettled)));
      Cut result = new Cut(job, submissions, report);
      System.out.println("DRILL " + report.line());
      System.out.println("DRILL cut-off job " + result);
      for (RunnerDrill.JobRow j : drill.jobs()) {
        System.out.println("DRILL job " + j + " " + drill.submissionsOf(j.id()));
      }
      drill.ledger.unexpectedErrors().forEach(e -> System.out.println("DRILL unexpected " + e));
      assertEquals(List.of(), drill.ledger.unexpectedErrors().stream().limit(5).toList());
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      assertEquals(1, submissions.size(), "one submission for job " + jobId + ": " + result);
      assertTrue(
          submissions.get(0).startsWith("SCORED"), "the cut-off job was scored once: " + result);
      assertEquals("SUCCEEDED", job.state(), result.toString());
      return result;
    }
  }

  /** A training job running its first attempt: only the runner to cut off is up yet. */
  private static Optional<RunnerDrill.JobRow> runningJob(RunnerDrill drill) {
    try {
      return drill.jobs().stream()
          .filter(j -> j.state().equals("RUNNING") && j.attempt() == 1)
          .findFirst();
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private static boolean settled(RunnerDrill drill, long jobId) {
    try {
      List<String> rows = drill.submissionsOf(jobId);
      return !rows.isEmpty() && rows.stream().noneMatch(r -> r.startsWith("PENDING"));
    } catch (SQLException e) {
      return false;
    }
  }
}
