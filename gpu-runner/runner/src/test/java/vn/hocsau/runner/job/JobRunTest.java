package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.JobSettings;
import vn.hocsau.runner.MemorySize;
import vn.hocsau.runner.api.Assignment;
import vn.hocsau.runner.api.BlobCache;
import vn.hocsau.runner.api.FakePlatform;
import vn.hocsau.runner.api.PlatformClient;
import vn.hocsau.runner.sandbox.BwrapSandbox;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.StopSignal;
import vn.hocsau.runner.sandbox.TestHosts;

/**
 * One attempt end to end: the in-test platform, the real bwrap sandbox and a stand-in trainer that
 * follows the job-folder contract.
 */
class JobRunTest {

  private static FakePlatform platform;
  private static PlatformClient client;
  private static JobRun jobRun;
  private static ScheduledExecutorService scheduler;
  private static long nextId = 100;

  @BeforeAll
  static void setUp() throws Exception {
    Path workDir = Path.of("/tmp/hocsau-jobrun-test-" + ProcessHandle.current().pid());
    Files.createDirectories(workDir);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    vn.hocsau.runner.sandbox.SafeDelete.tree(workDir);
                  } catch (java.io.IOException e) {
                    // Left in /tmp; harmless.
                  }
                }));
    BwrapSandbox sandbox = BwrapSandbox.create(TestHosts.of(workDir));
    Path trainer = FakeTrainer.build(workDir.resolve("trainer-dist"));
    SandboxHost host = TestHosts.of(workDir);
    Path natives = workDir.resolve("natives");
    NativesWarmup.ensure("", host.javaCommand(), trainer, natives);
    platform = new FakePlatform();
    platform.blobs.put(Payloads.sha256(Payloads.FEATURES), Payloads.FEATURES);
    client = new PlatformClient(platform.url(), FakePlatform.TOKEN);
    JobSettings settings =
        Payloads.smallJobs(workDir, trainer, List.of("-XX:TieredStopAtLevel=1"), false);
    TrainerLaunch launch =
        new TrainerLaunch(
            host.javaCommand(),
            settings,
            Duration.ofSeconds(30),
            MemorySize.parse("256m"),
            natives);
    scheduler = Executors.newScheduledThreadPool(2);
    BlobCache blobs = new BlobCache(workDir.resolve("blobs"), client);
    jobRun = new JobRun(client, sandbox, launch, blobs::get, workDir.resolve("jobs"), scheduler);
  }

  @AfterAll
  static void tearDown() {
    scheduler.shutdownNow();
    platform.close();
  }

  private static Assignment claim(ObjectNode payload) throws Exception {
    long id = nextId++;
    platform.enqueue(id, "cpu", payload);
    List<Assignment> jobs = client.claim(List.of("cpu"), 1, 5);
    assertEquals(1, jobs.size());
    assertEquals(id, jobs.get(0).jobId());
    return jobs.get(0);
  }

  @Test
  void anOkJobForwardsEventsUploadsPredictionsAndReportsUsage() throws Exception {
    platform.eventRateRefusals.set(1);
    Assignment job = claim(Payloads.train("ok"));

    Verdict verdict = jobRun.run(job, 0, false, new StopSignal());

    assertEquals(ErrorClass.OK, verdict.errorClass(), verdict.message());
    JsonNode finish = platform.finishes.get(job.jobId());
    assertEquals("OK", finish.path("errorClass").asText());
    assertTrue(finish.path("usage").path("wallSeconds").asDouble() > 0);
    assertTrue(finish.path("usage").path("cpuSeconds").asDouble() > 0);
    assertEquals(
        "id,prediction\n0,1\n1,0\n",
        new String(platform.outputs.get(job.jobId() + "/predictions.csv"), StandardCharsets.UTF_8));
    assertTrue(
        new String(platform.outputs.get(job.jobId() + "/log.txt"), StandardCharsets.UTF_8)
            .contains("trainer saw 16 feature bytes"));
    List<JsonNode> events = platform.events(job.jobId());
    List<String> types = events.stream().map(e -> e.path("type").asText()).toList();
    assertTrue(types.containsAll(List.of("started", "epoch", "finished", "log")), types.toString());
    assertEquals(16, events.get(types.indexOf("started")).path("data").path("examples").asInt());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.path("data").path("message").asText().contains("dropped 1 event")));
    // The batch refused with 429 was resent unchanged: every seq arrives once, in order.
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i, events.get(i).path("seq").asInt());
    }
  }

  /**
   * The platform restarts (a deploy) while the runner uploads a finished job's predictions: the
   * runner sends them again once it is back, instead of handing back a job it trained (which would
   * train it again from the start).
   */
  @Test
  void aPredictionsUploadRefusedWhileThePlatformRestartsIsSentAgain() throws Exception {
    platform.predictionsOutages.set(2);
    Assignment job = claim(Payloads.train("ok"));

    Verdict verdict = jobRun.run(job, 0, false, new StopSignal());

    assertEquals(ErrorClass.OK, verdict.errorClass(), verdict.message());
    assertEquals("OK", platform.finishes.get(job.jobId()).path("errorClass").asText());
    assertEquals(
        "id,prediction\n0,1\n1,0\n",
        new String(platform.outputs.get(job.jobId() + "/predictions.csv"), StandardCharsets.UTF_8));
    assertEquals(0, platform.predictionsOutages.get(), "both refusals were met");
  }

  @Test
  void aConfigErrorCarriesTheTrainersMessage() throws Exception {
    Verdict verdict = jobRun.run(claim(Payloads.train("config-error")), 0, false, new StopSignal());

    assertEquals(ErrorClass.CONFIG_ERROR, verdict.errorClass());
    assertEquals("layer 1: units must be positive", verdict.message());
  }

  @Test
  void aCodedConfigErrorReachesTheFinishCallWithItsCodeArgumentsAndPlace() throws Exception {
    Assignment job = claim(Payloads.train("coded-config-error"));
    Verdict verdict = jobRun.run(job, 0, false, new StopSignal());

    assertEquals(ErrorClass.CONFIG_ERROR, verdict.errorClass());
    JsonNode finish = platform.finishes.get(job.jobId());
    assertEquals("CONFIG_ERROR", finish.path("errorClass").asText());
    assertEquals(
        "layer 2: unknown layer type 'dens', did you mean 'dense'?",
        finish.path("message").asText());
    JsonNode problem = finish.path("problem");
    assertEquals("dsl_unknown_layer_suggest", problem.path("code").asText(), finish.toString());
    assertEquals("dens", problem.path("args").path(0).asText());
    assertEquals("dense", problem.path("args").path(1).asText());
    assertEquals(3, problem.path("line").asInt());
    assertEquals(5, problem.path("column").asInt());
    assertEquals("LAYER", problem.path("place").path("part").asText());
    assertEquals(2, problem.path("place").path("layer").asInt());
    assertEquals("dens", problem.path("place").path("type").asText());
  }

  @Test
  void anUncodedConfigErrorSendsNoProblem() throws Exception {
    Assignment job = claim(Payloads.train("config-error"));
    jobRun.run(job, 0, false, new StopSignal());

    assertFalse(platform.finishes.get(job.jobId()).has("problem"));
  }

  @Test
  void aCancelledJobIsStoppedAndReportedCancelled() throws Exception {
    Assignment job = claim(Payloads.train("sleep"));
    CompletableFuture<Verdict> run = run(job);
    awaitHeartbeat(job.jobId());
    platform.jobs.get(job.jobId()).cancelled = true;

    assertEquals(ErrorClass.CANCELLED, run.get().errorClass());
    assertEquals("CANCELLED", platform.finishes.get(job.jobId()).path("errorClass").asText());
  }

  @Test
  void aStaleAttemptIsDroppedWithoutAVerdict() throws Exception {
    Assignment job = claim(Payloads.train("sleep"));
    CompletableFuture<Verdict> run = run(job);
    awaitHeartbeat(job.jobId());
    platform.jobs.get(job.jobId()).stale = true;

    assertNull(run.get());
    assertFalse(platform.finishes.containsKey(job.jobId()));
  }

  @Test
  void aTestLabelsRoleIsRefusedBeforeAnythingRuns() throws Exception {
    ObjectNode payload = Payloads.train("ok");
    ((ObjectNode) payload.path("dataset").path("files").get(0)).put("role", "test-labels");

    Verdict verdict = jobRun.run(claim(payload), 0, false, new StopSignal());

    assertEquals(ErrorClass.CONFIG_ERROR, verdict.errorClass());
    assertTrue(verdict.message().contains("test-labels"));
  }

  @Test
  void aSubmissionFileNameWithAPathIsRefused() throws Exception {
    ObjectNode payload = Payloads.train("ok");
    ((ObjectNode) payload.path("submission")).put("fileName", "../../etc/cron.d/x");

    assertEquals(
        ErrorClass.CONFIG_ERROR,
        jobRun.run(claim(payload), 0, false, new StopSignal()).errorClass());
  }

  @Test
  void aModelZipSubmissionIsDownloadedAndRuns() throws Exception {
    byte[] zip = new byte[200_000];
    new java.util.Random(7).nextBytes(zip);
    platform.blobs.put(Payloads.sha256(zip), zip);
    ObjectNode payload = Payloads.train("ok");
    ((ObjectNode) payload.path("submission"))
        .put("kind", "dl4j-zip")
        .put("fileName", "model.zip")
        .putNull("text")
        .put("blob", Payloads.sha256(zip));
    Assignment job = claim(payload);

    Verdict verdict = jobRun.run(job, 0, false, new StopSignal());

    assertEquals(ErrorClass.OK, verdict.errorClass(), verdict.message());
    assertTrue(
        new String(platform.outputs.get(job.jobId() + "/log.txt"), StandardCharsets.UTF_8)
            .contains("trainer saw a model zip of 200000 bytes"));
  }

  @Test
  void aFailedPreparationLeavesNoJobFolder() throws Exception {
    ObjectNode payload = Payloads.train("ok");
    ((ObjectNode) payload.path("submission"))
        .put("kind", "dl4j-zip")
        .put("fileName", "model.zip")
        .putNull("text")
        .put("blob", Payloads.sha256("a blob the platform does not have".getBytes()));
    Assignment job = claim(payload);

    Verdict verdict = jobRun.run(job, 0, false, new StopSignal());

    assertEquals(ErrorClass.RUNNER_LOST, verdict.errorClass());
    // Handed back: the next claim gets it again (and keeps it, out of the other tests' way).
    assertEquals(job.jobId(), client.claim(List.of("cpu"), 1, 5).get(0).jobId());
    Path jobs = Path.of("/tmp/hocsau-jobrun-test-" + ProcessHandle.current().pid(), "jobs");
    try (var left = Files.list(jobs)) {
      List<Path> folders =
          left.filter(p -> p.getFileName().toString().startsWith("job-" + job.jobId() + "-"))
              .toList();
      assertEquals(List.of(), folders, "the half-prepared job folder was removed");
    }
  }

  private static CompletableFuture<Verdict> run(Assignment job) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return jobRun.run(job, 0, false, new StopSignal());
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void awaitHeartbeat(long jobId) throws InterruptedException {
    long end = System.currentTimeMillis() + 10_000;
    while (!platform.heartbeats.contains(jobId)) {
      assertTrue(System.currentTimeMillis() < end, "no heartbeat within 10 s");
      Thread.sleep(50);
    }
  }
}
