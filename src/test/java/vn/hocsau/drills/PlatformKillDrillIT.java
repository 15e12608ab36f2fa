package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drill 2: the platform is killed with {@code kill -9} at the worst moments and started again on
 * the same database, while learners submit predictions files and small training jobs that two real
 * runners train in their sandboxes. Runners and learners reach the platform through a {@link
 * FaultProxy}, which picks each moment by what goes through it:
 *
 * <ol>
 *   <li>a learner's upload of a predictions file is half through;
 *   <li>a learner's predictions file has just fully arrived, while the platform parses and scores
 *       it inside the request;
 *   <li>a runner's {@code finish} was handled, but the platform dies before its answer leaves (the
 *       verdict is stored and the scoring of the job's predictions may be cut short; the runner
 *       must ask again);
 *   <li>a runner's upload of a job's predictions is half through.
 * </ol>
 *
 * Then every submission the platform acknowledged must end scored, or failed with a reason; none
 * stays PENDING; none is scored or charged twice.
 */
class PlatformKillDrillIT {

  /** The drill's ports (18700-18799 are this drill suite's). */
  private static final int PLATFORM_PORT = 18710;

  private static final int PROXY_PORT = 18711;

  /** Runner instances 75-79 are the drills'. */
  private static final int FIRST_RUNNER = 75;

  private static final Pattern FINISH = Pattern.compile("^POST /api/runner/v1/jobs/(\\d+)/finish");
  private static final Pattern PREDICTIONS_UPLOAD =
      Pattern.compile("^PUT /api/runner/v1/jobs/(\\d+)/outputs/predictions");
  private static final String LEARNER_UPLOAD = "POST /api/v1/labs/";

  @Test
  @Tag("drills")
  void platformKilledMidFinishMidUploadMidScoring() throws Exception {
    try (RunnerDrill drill =
            RunnerDrill.prepare(PLATFORM_PORT, RunnerDrill.settings(Duration.ofSeconds(60)));
        FaultProxy proxy = new FaultProxy(PROXY_PORT, PLATFORM_PORT)) {
      URI through = URI.create("http://127.0.0.1:" + PROXY_PORT);
      drill.startRunner(through, FIRST_RUNNER);
      drill.startRunner(through, FIRST_RUNNER + 1);
      drill.startLearners(
          through, 4, new VirtualLearner.Pace(Duration.ofMillis(500), 4, 19, 3), true);

      List<Duration> recoveries = new ArrayList<>();
      recoveries.add(
          kill(
              drill,
              proxy,
              "learner's upload half through",
              (request, chunk, fromClient) -> {
                int file = chunk.indexOf("filename=\"predictions.csv\"");
                return fromClient && request.startsWith(LEARNER_UPLOAD) && file >= 0
                    ? file + (chunk.length() - file) / 2
                    : -1;
              }));
      recoveries.add(
          kill(
              drill,
              proxy,
              "learner's predictions arrived, being scored",
              (request, chunk, fromClient) ->
                  fromClient
                          && request.startsWith(LEARNER_UPLOAD)
                          && request.contains("filename=\"predictions.csv\"")
                          && chunk.endsWith("--\r\n")
                      ? chunk.length()
                      : -1));
      AtomicLong finishJob = new AtomicLong();
      recoveries.add(
          kill(
              drill,
              proxy,
              "finish handled, answer lost",
              (request, chunk, fromClient) -> {
                Matcher m = FINISH.matcher(request);
                if (!fromClient && m.find() && chunk.startsWith("HTTP/1.1 200")) {
                  finishJob.set(Long.parseLong(m.group(1)));
                  return 0;
                }
                return -1;
              }));
      AtomicLong uploadJob = new AtomicLong();
      recoveries.add(
          kill(
              drill,
              proxy,
              "runner's predictions upload half through",
              (request, chunk, fromClient) -> {
                Matcher m = PREDICTIONS_UPLOAD.matcher(request);
                int body = chunk.startsWith("PUT ") ? chunk.indexOf("\r\n\r\n") + 4 : 0;
                if (fromClient && m.find() && body >= 0 && chunk.length() > body + 1) {
                  uploadJob.set(Long.parseLong(m.group(1)));
                  return body + (chunk.length() - body) / 2;
                }
                return -1;
              }));
      drill.stopLearners();
      drill.await(
          "every accepted submission settled",
          Duration.ofMinutes(8),
          () -> {
            try {
              return drill.unsettled() == 0;
            } catch (Exception e) {
              return false;
            }
          });

      DrillReport report =
          DrillReport.of(
              "drill 2 (platform kill -9 mid-finish, mid-upload, mid-scoring; 2 runners, 4"
                  + " learners)",
              drill.ledger,
              drill.db,
              recoveries);
      System.out.println("DRILL " + report.line());
      for (RunnerDrill.JobRow job : drill.jobs()) {
        System.out.println("DRILL job " + job + " " + drill.submissionsOf(job.id()));
      }
      drill.ledger.unexpectedErrors().forEach(e -> System.out.println("DRILL unexpected " + e));
      assertNull(proxy.failure(), "a fault failed to fire");
      assertEquals(List.of(), drill.ledger.unexpectedErrors().stream().limit(5).toList());
      assertTrue(report.training() > 0, "no training job was accepted: " + report.line());
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      for (long jobId : List.of(finishJob.get(), uploadJob.get())) {
        List<String> submissions = drill.submissionsOf(jobId);
        assertEquals(1, submissions.size(), "job " + jobId + ": " + submissions);
        assertTrue(
            submissions.get(0).startsWith("SCORED"),
            "job " + jobId + " whose runner call was cut off: " + submissions);
        // The runner asked again once the platform was back: the run it had trained counted,
        // nothing was handed back and trained a second time.
        RunnerDrill.JobRow job =
            drill.jobs().stream().filter(j -> j.id() == jobId).findFirst().orElseThrow();
        assertEquals("SUCCEEDED", job.state(), job.toString());
        assertEquals(1, job.attempt(), "the cut-off call was retried, not the job: " + job);
      }
      // The story, read back from the platform's JSON log lines: the finish whose answer was lost
      // came again, logged with its job and attempt.
      String repeated = "Repeated finish of job " + finishJob.get() + " attempt 1";
      assertTrue(
          drill
              .platform
              .log()
              .lines()
              .filter(l -> l.startsWith("{") && l.contains(repeated))
              .anyMatch(l -> l.contains("\"jobId\":\"" + finishJob.get() + "\"")),
          "no JSON line '" + repeated + "' with its jobId in the platform log");
    }
  }

  /**
   * Arms {@code trigger} to kill the platform, waits for it to fire, starts the platform again on
   * the same database and port, and returns the time from the kill until the platform is ready and
   * serving every learner again.
   */
  private static Duration kill(RunnerDrill drill, FaultProxy proxy, String name, Cut trigger)
      throws Exception {
    int before = proxy.fired();
    AtomicLong killedAt = new AtomicLong();
    proxy.arm(
        new FaultProxy.Trigger() {
          @Override
          public int cut(String request, String chunk, boolean fromClient) {
            return trigger.cut(request, chunk, fromClient);
          }

          @Override
          public void fire() throws Exception {
            killedAt.set(System.currentTimeMillis());
            drill.platform.kill();
          }
        });
    drill.await("the fault '" + name + "'", Duration.ofMinutes(6), () -> proxy.fired() > before);
    System.out.println("DRILL killed: " + name);
    drill.restartPlatform();
    Instant ready = Instant.now();
    // Serving everyone again: the first moment after which no learner sees an error for 3 s.
    Instant lastError = ready;
    Instant quietUntil = Instant.now().plusSeconds(3);
    while (Instant.now().isBefore(quietUntil)) {
      Thread.sleep(200);
      for (DrillLedger.Error e : drill.ledger.errors()) {
        if (e.at().isAfter(lastError)) {
          lastError = e.at();
          quietUntil = lastError.plusSeconds(3);
        }
      }
    }
    return Duration.ofMillis(lastError.toEpochMilli() - killedAt.get());
  }

  /** Where a trigger cuts; see {@link FaultProxy.Trigger#cut}. */
  interface Cut {
    int cut(String request, String chunk, boolean fromClient);
  }
}
