package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.e2e.RunnerProcess;

/**
 * Drill 4: a full disk. The platform buffers multipart uploads in a small tmpfs of its own ({@code
 * quarkus.http.body.uploads-directory}), and the runners keep their job folders in another ({@code
 * jobs/} of their work folder). Once a training job runs, the drill fills the job folders' disk to
 * the last byte for a while, then frees it; then the same with the upload buffer. Learners must get
 * a clear 507 with {@code Retry-After} in their language (never a 500), nothing half-stored may be
 * scored, a job the runners could not run must end trained or failed as the platform's fault (not
 * charged), and everything must work again once space returns.
 */
class FullDiskDrillIT {

  private static final int PORT = 18750;
  private static final Duration FULL_PHASE = Duration.ofSeconds(40);

  @Test
  @Tag("drills")
  void fullDisk() throws Exception {
    java.nio.file.Path uploadsDir =
        java.nio.file.Files.createTempDirectory("hocsau-drill-uploads-");
    try (TmpfsMount uploads = TmpfsMount.mount(uploadsDir, "8m");
        TmpfsMount jobs = TmpfsMount.mount(RunnerProcess.WORK.resolve("jobs"), "128m");
        RunnerDrill drill =
            RunnerDrill.prepare(
                PORT,
                db -> List.of("quarkus.http.body.uploads-directory=" + uploadsDir),
                RunnerDrill.settings(Duration.ofSeconds(60)))) {
      URI site = drill.platform.url;
      drill.startRunner(site, 78);
      drill.startRunner(site, 79);
      drill.startLearners(
          site, 4, new VirtualLearner.Pace(Duration.ofMillis(500), 10, 19, 3), false);
      drill.await(
          "a training job running before the disks fill",
          Duration.ofMinutes(5),
          () -> jobIn(drill, "RUNNING"));

      // Phase 1: the runners' job folders full. Learners keep submitting (uploads still have room),
      // so training jobs queue while no runner can write a job folder.
      jobs.fill();
      Instant jobsFullFrom = Instant.now();
      System.out.println("DRILL job folders full: " + jobs.usable() + " bytes free");
      // The fault's length is the drill's; learners and runners keep working meanwhile.
      Thread.sleep(FULL_PHASE.toMillis());
      long queuedWhileFull =
          drill.ledger.accepted().stream().filter(a -> a.at().isAfter(jobsFullFrom)).count();
      jobs.empty();
      Instant jobsFreed = Instant.now();
      drill.await(
          "a job trained after the job folders were emptied",
          Duration.ofMinutes(5),
          () -> trainedAfter(drill, jobsFreed));
      Duration jobsRecovery = Duration.between(jobsFreed, Instant.now());

      // Phase 2: the platform's upload buffer full.
      uploads.fill();
      Instant uploadsFullFrom = Instant.now();
      System.out.println("DRILL upload buffer full: " + uploads.usable() + " bytes free");
      Thread.sleep(FULL_PHASE.toMillis());
      long refusedWhileFull = diskFullAnswers(drill);
      uploads.empty();
      Instant freed = Instant.now();
      System.out.println(
          "DRILL upload buffer emptied after " + Duration.between(uploadsFullFrom, freed));
      drill.await(
          "a submission accepted after the upload buffer was emptied",
          Duration.ofMinutes(2),
          () -> acceptedAfter(drill, freed));
      Duration recovery =
          drill.ledger.accepted().stream()
              .map(DrillLedger.Accepted::at)
              .filter(at -> at.isAfter(freed))
              .min(Instant::compareTo)
              .map(at -> Duration.between(freed, at))
              .orElseThrow();
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
      DrillReport report =
          DrillReport.of(
              "drill 4 (the runners' job folders, then the upload buffer, full for "
                  + FULL_PHASE.toSeconds()
                  + " s each; 2 runners, 4 learners)",
              drill.ledger,
              drill.db,
              List.of(jobsRecovery, recovery));
      List<RunnerDrill.JobRow> all = drill.jobs();
      System.out.println("DRILL " + report.line());
      System.out.println(
          "DRILL submissions accepted while the job folders were full: "
              + queuedWhileFull
              + "; 507 answers while the upload buffer was full: "
              + refusedWhileFull
              + "; first error "
              + drill.ledger.errors().stream().findFirst().map(Object::toString).orElse("-"));
      for (RunnerDrill.JobRow j : all) {
        System.out.println("DRILL job " + j + " " + drill.submissionsOf(j.id()));
      }
      drill.ledger.unexpectedErrors().forEach(e -> System.out.println("DRILL unexpected " + e));

      assertEquals(
          List.of(),
          drill.ledger.unexpectedErrors().stream().limit(5).toList(),
          "only 507 (or 503) with Retry-After, in the learner's language: " + report.line());
      assertTrue(refusedWhileFull > 0, "uploads were refused with 507 while the disk was full");
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      assertTrue(queuedWhileFull > 0, "submissions went on while the job folders were full");
      for (RunnerDrill.JobRow j : all) {
        // A full disk is the runner's problem, not the job's: the job waits for room and trains
        // (a runner that found no room after claiming hands it back once, so attempt 2 at most).
        assertTrue(
            j.state().equals("SUCCEEDED") && j.attempt() <= 2,
            "every job trained once the disk had room: " + j + "\n" + drill.runnerLogs());
      }
    }
  }

  private static long diskFullAnswers(RunnerDrill drill) {
    return drill.ledger.errors().stream().filter(e -> e.status() == 507).count();
  }

  private static boolean jobIn(RunnerDrill drill, String state) {
    try {
      return drill.jobs().stream().anyMatch(j -> j.state().equals(state));
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean acceptedAfter(RunnerDrill drill, Instant freed) {
    return drill.ledger.accepted().stream().anyMatch(a -> a.at().isAfter(freed));
  }

  /** A job ended SUCCEEDED after {@code freed}: the runners write job folders again. */
  private static boolean trainedAfter(RunnerDrill drill, Instant freed) {
    try (var c = drill.db.connect();
        var s =
            c.prepareStatement(
                "select count(*) from job where state = 'SUCCEEDED' and finished_at > ?")) {
      s.setTimestamp(1, java.sql.Timestamp.from(freed));
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      return false;
    }
  }
}
