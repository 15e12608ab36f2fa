package vn.hocsau.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.LeaseReaper;
import vn.hocsau.job.QueueConfig;
import vn.hocsau.job.RunnerProblem;
import vn.hocsau.job.runner.NewRunnerToken;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * The reliability promises of the job queue, kept with real gpu-runner processes, real bubblewrap
 * sandboxes and real DL4J training on the sample lab: a runner killed with {@code kill -9} mid-job
 * takes its sandbox down with it, and its job is trained again by a restarted runner and scored
 * once, while the dead attempt's late calls are refused; and four runner processes sharing one
 * machine and one work folder run every job of a batch exactly once.
 *
 * <p>Nothing waits a fixed time: each step polls for its condition against a generous deadline,
 * because a shared 2-core CI machine can be slow. The lease expiry is not waited for either: the
 * test moves the application's {@link TestClock} past the lease and runs the {@link LeaseReaper}.
 */
@QuarkusTest
class RunnerProcessReliabilityTest {

  static final String COURSE = TrainingEndToEndTest.COURSE;
  static final String SLUG = TrainingEndToEndTest.SLUG;
  private static final String API = "/api/runner/v1";

  /**
   * Still training when the runner is killed: batches of one make each epoch hundreds of small
   * steps, so the epochs after the first leave time to kill it, yet the whole run stays well inside
   * the lab's 120 s wall time on a busy machine.
   */
  static final String SLOW_CONFIG =
      """
      epochs: 10
      batchSize: 1
      optimizer: {type: adam, lr: 0.001}
      layers:
        - dense: {units: 64, activation: relu}
        - dense: {units: 64, activation: relu}
        - output: {}
      """;

  static final String TINY_CONFIG =
      """
      epochs: 1
      batchSize: 32
      layers:
        - dense: {units: 4, activation: relu}
        - output: {}
      """;

  /** Instances of these tests' runners: not 0, which other suites' runners on the machine use. */
  private static final int KILLED_INSTANCE = RunnerProcess.INSTANCE + 1;

  private static final int FIRST_CONCURRENT_INSTANCE = RunnerProcess.INSTANCE + 3;

  private static final int RUNNERS = 4;

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject LeaseReaper reaper;
  @Inject QueueConfig queue;
  @Inject TestClock clock;
  @Inject JobRecords records;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
  }

  @Test
  void aRunnerKilledMidJobLosesItAndTheRestartedRunnerScoresItOnce() throws Exception {
    String learner = accounts.login(accounts.create("learner").id);
    NewRunnerToken token = tokens.create("killed runner");
    List<RunnerProcess> started = new ArrayList<>();
    try {
      RunnerProcess first = RunnerProcess.start(site, token.token(), KILLED_INSTANCE, "killed.log");
      started.add(first);
      long jobId = submit(learner, SLOW_CONFIG);
      String group =
          "slot-"
              + RunnerHost.hostSlot(KILLED_INSTANCE)
              + "-"
              + RunnerHost.workDirTag()
              + "-job-"
              + jobId
              + "-1";

      await(
          "attempt 1 training, with an epoch event stored",
          Duration.ofMinutes(4),
          started,
          () -> "RUNNING".equals(records.job(jobId).state()) && records.epochEvents(jobId, 1) >= 1);
      assertEquals(
          new JobRecords.JobRow("RUNNING", 1), records.job(jobId), "still training when killed");
      List<String> trainer = RunnerHost.processesOf(RunnerHost.uidOf(KILLED_INSTANCE));
      assertFalse(trainer.isEmpty(), "the sandboxed trainer runs as the slot UID");
      assertTrue(RunnerHost.cgroupPids(group).isPresent(), "the job has its cgroup " + group);

      assertEquals(128 + 9, first.kill(), "the runner JVM died of SIGKILL");

      // bwrap --die-with-parent: the sandbox dies with the runner, leaving nothing running.
      await(
          "no process left of the slot UID (was " + trainer + ")",
          Duration.ofSeconds(60),
          started,
          () -> RunnerHost.processesOf(RunnerHost.uidOf(KILLED_INSTANCE)).isEmpty());
      await(
          "the killed job's cgroup emptied",
          Duration.ofSeconds(60),
          started,
          () -> RunnerHost.cgroupPids(group).map(List::isEmpty).orElse(true));
      assertEquals(
          new JobRecords.JobRow("RUNNING", 1), records.job(jobId), "the platform cannot know yet");
      assertEquals(0, records.events(jobId, 1, "finished"), "killed before training finished");
      Path slot =
          RunnerProcess.WORK
              .resolve("slots/" + RunnerHost.hostSlot(KILLED_INSTANCE))
              .toAbsolutePath();
      Path deadFolder =
          RunnerProcess.WORK.resolve("jobs/" + KILLED_INSTANCE + "/job-" + jobId + "-1");
      assertTrue(
          RunnerHost.isMounted(slot.resolve("out")),
          "the killed runner left its slot's /out mounted");
      assertTrue(Files.isDirectory(deadFolder), "and the job folder of attempt 1");

      // The lease runs out (no sleeping: the application's clock moves) and the reaper requeues.
      clock.advance(queue.lease().plusSeconds(1));
      assertEquals(1, reaper.reap().requeued());
      assertEquals(new JobRecords.JobRow("QUEUED", 1), records.job(jobId));

      // The runner restarts on the same machine, with the same token, instance and work folder,
      // over the killed one's leftovers (its slot's tmpfs mounts, job folder and cgroup).
      RunnerProcess second =
          RunnerProcess.start(site, token.token(), KILLED_INSTANCE, "restarted.log");
      started.add(second);
      await(
          "attempt 2 claimed",
          Duration.ofMinutes(3),
          started,
          () -> records.job(jobId).attempt() == 2);
      // It cleaned up before it claimed: the dead attempt's folder and cgroup are gone.
      assertFalse(Files.exists(deadFolder), "the restarted runner removed the dead job folder");
      assertTrue(RunnerHost.cgroupPids(group).isEmpty(), "and the dead job's cgroup " + group);

      // The dead attempt wakes up: everything it sends is refused, whatever attempt 2 is doing.
      assertLateCallsRefused(token.token(), jobId);

      String status = awaitSubmission(learner, Duration.ofMinutes(6), started);
      assertEquals("SCORED", status, records.verdict(jobId) + "\n" + logs(started));
      assertEquals(new JobRecords.JobRow("SUCCEEDED", 2), records.job(jobId), logs(started));
      System.out.printf(
          "killed at epoch %d of attempt 1; attempt 2 trained %d epochs in %s s%n",
          records.epochEvents(jobId, 1),
          records.epochEvents(jobId, 2),
          records.lastEpochSeconds(jobId, 2));
      stale(
          runner(token.token())
              .body("{\"attempt\": 1, \"errorClass\": \"OK\"}")
              .post(API + "/jobs/" + jobId + "/finish"));
      assertEquals(List.of("SCORED"), records.submissionsOf(jobId), "exactly one result");
      assertEquals(
          List.of("2:log.txt", "2:predictions.csv"),
          records.outputs(jobId),
          "nothing of attempt 1");
      assertTrue(records.epochEvents(jobId, 2) >= 1, "attempt 2 trained: " + logs(started));
      await(
          "the restarted runner's sandbox gone",
          Duration.ofSeconds(60),
          started,
          () -> RunnerHost.processesOf(RunnerHost.uidOf(KILLED_INSTANCE)).isEmpty());
      second.close();
      assertEquals(List.of(), RunnerHost.mountsUnder(slot), "no scratch mount left on the slot");
    } finally {
      stopAll(started);
      tokens.revoke(token.view().id());
    }
  }

  /** The default suite's size: about a minute on a busy 2-core machine. */
  @Test
  void fourRunnerProcessesRunEachOfTwelveJobsExactlyOnce() throws Exception {
    runEachExactlyOnce(12, Duration.ofMinutes(6));
  }

  /**
   * The full 200 jobs on four runner processes; minutes of training, so a soak test: run it
   * with {@code -Dtest.excludedGroups= -Dgroups=soak}.
   */
  @Test
  @Tag("soak")
  void fourRunnerProcessesRunEachOfTwoHundredJobsExactlyOnce() throws Exception {
    runEachExactlyOnce(200, Duration.ofMinutes(40));
  }

  private void runEachExactlyOnce(int jobs, Duration deadline) throws Exception {
    List<RunnerProcess> started = new ArrayList<>();
    List<NewRunnerToken> issued = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int r = 0; r < RUNNERS; r++) {
        NewRunnerToken token = tokens.create("concurrent runner " + r);
        issued.add(token);
        started.add(
            RunnerProcess.start(
                site, token.token(), FIRST_CONCURRENT_INSTANCE + r, "concurrent-" + r + ".log"));
      }
      // One learner per job, so the per-learner cap of running jobs never holds a runner back.
      List<String> learners = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        learners.add(accounts.login(accounts.create("learner").id));
      }
      for (String learner : learners) {
        submit(learner, TINY_CONFIG);
      }
      await(
          jobs + " jobs ended",
          deadline,
          started,
          () ->
              records.countBy("state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')") == jobs
                  && !records.submissionStatuses().containsKey("PENDING"));
      double seconds = (System.nanoTime() - start) / 1e9;

      String logs = logs(started);
      assertEquals(Map.of("SUCCEEDED", (long) jobs), records.countByColumn("state"), logs);
      assertEquals(Map.of("1", (long) jobs), records.countByColumn("attempt"), "claimed once each");
      assertEquals(Map.of("SCORED", (long) jobs), records.submissionStatuses(), logs);
      assertEquals(
          jobs, records.countBy("id IN (SELECT job_id FROM lab_submission)"), "one result each");
      for (String type : List.of("started", "epoch", "finished")) {
        assertEquals(
            Map.of("1", (long) jobs),
            records.eventsPerJob(type),
            "one '" + type + "' event per job, none repeated");
      }
      for (int r = 0; r < RUNNERS; r++) {
        assertTrue(started.get(r).isAlive(), "runner " + r + " is still up:\n" + logs);
      }
      Map<String, Long> perRunner = records.countByColumn("runner_id");
      System.out.printf(
          "%d jobs on %d runner processes: %.1f s (jobs per runner token: %s)%n",
          jobs, RUNNERS, seconds, perRunner.values());
    } finally {
      stopAll(started);
      for (NewRunnerToken token : issued) {
        tokens.revoke(token.view().id());
      }
    }
    for (int r = 0; r < RUNNERS; r++) {
      assertEquals(
          List.of(),
          RunnerHost.processesOf(RunnerHost.uidOf(FIRST_CONCURRENT_INSTANCE + r)),
          "nothing left running as runner " + r + "'s slot UID");
    }
  }

  // --- The dead attempt's late calls ---

  private void assertLateCallsRefused(String token, long jobId) {
    stale(runner(token).body("{\"attempt\": 1}").post(API + "/jobs/" + jobId + "/heartbeat"));
    stale(
        runner(token)
            .body(
                "{\"attempt\": 1, \"events\": [{\"seq\": 9999, \"type\": \"epoch\","
                    + " \"data\": {\"epoch\": 50, \"loss\": 0.0}}]}")
            .post(API + "/jobs/" + jobId + "/events"));
    stale(
        runner(token)
            .contentType(ContentType.BINARY)
            .queryParam("attempt", 1)
            .body("id,prediction\n".getBytes(StandardCharsets.UTF_8))
            .put(API + "/jobs/" + jobId + "/outputs/predictions.csv"));
    stale(
        runner(token)
            .body("{\"attempt\": 1, \"errorClass\": \"OK\"}")
            .post(API + "/jobs/" + jobId + "/finish"));
  }

  private static void stale(Response response) {
    response.then().statusCode(409).body("type", equalTo(RunnerProblem.STALE_ATTEMPT.type()));
  }

  private static RequestSpecification runner(String token) {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  // --- The learner's side ---

  /** Submits a config to the sample lab as the learner; returns its job id. */
  private long submit(String learner, String config) {
    Csrf.with(given().cookie(SessionCookie.NAME, learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", config)
        .post("/labs/" + COURSE + "/" + SLUG + "/submit")
        .then()
        .statusCode(200);
    return submissions(learner).getLong("[0].jobId");
  }

  /** The learner's submissions to the lab, newest first. */
  private static JsonPath submissions(String learner) {
    return given()
        .cookie(SessionCookie.NAME, learner)
        .get("/api/v1/labs/" + COURSE + "/" + SLUG + "/submissions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String awaitSubmission(String learner, Duration max, List<RunnerProcess> runners)
      throws InterruptedException {
    String[] status = new String[1];
    await(
        "the submission scored or failed",
        max,
        runners,
        () -> {
          status[0] = submissions(learner).getString("[0].status");
          return !"PENDING".equals(status[0]);
        });
    return status[0];
  }

  // --- Polling and the runners' logs ---

  private static void await(
      String what, Duration max, List<RunnerProcess> runners, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(max);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("not within " + max + ": " + what + "\n" + logs(runners));
      }
      Thread.sleep(200);
    }
  }

  /** The end of each runner's log, for failure messages. */
  static String logs(List<RunnerProcess> runners) {
    return runners.stream()
        .map(
            r -> {
              String log = r.output();
              String tail = log.length() > 6000 ? "..." + log.substring(log.length() - 6000) : log;
              return "--- " + r.log + (r.isAlive() ? "" : " (exited)") + " ---\n" + tail;
            })
        .collect(Collectors.joining("\n"));
  }

  private static void stopAll(List<RunnerProcess> runners) throws InterruptedException {
    for (RunnerProcess runner : runners) {
      if (runner.isAlive()) {
        runner.close();
      }
    }
  }
}
