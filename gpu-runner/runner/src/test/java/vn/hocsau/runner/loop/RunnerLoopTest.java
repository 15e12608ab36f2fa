package vn.hocsau.runner.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.runner.SlotKind;
import vn.hocsau.runner.api.Assignment;
import vn.hocsau.runner.api.FakePlatform;
import vn.hocsau.runner.api.PlatformClient;
import vn.hocsau.runner.job.Payloads;
import vn.hocsau.runner.sandbox.StopSignal;

/** The claim loop against the in-test platform, with jobs that run until told otherwise. */
class RunnerLoopTest {

  private final FakePlatform platform = new FakePlatform();
  private final PlatformClient client = new PlatformClient(platform.url(), FakePlatform.TOKEN);
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  RunnerLoopTest() throws Exception {}

  @AfterEach
  void stop() {
    platform.close();
  }

  /** Runs until released or stopped; records what happened. */
  private final JobExecutor executor =
      new JobExecutor() {
        @Override
        public void execute(Assignment job, int slot, boolean gpu, StopSignal stop)
            throws InterruptedException {
          log.add("start " + job.jobId() + " on slot " + slot + (gpu ? " (gpu)" : ""));
          started.countDown();
          while (stop.reason() == null && !release.await(20, TimeUnit.MILLISECONDS)) {
            // Busy with the job.
          }
          log.add("end " + job.jobId() + (stop.reason() == null ? "" : ": " + stop.reason()));
        }

        @Override
        public void handBack(Assignment job, String why) {
          log.add("hand back " + job.jobId() + ": " + why);
        }
      };

  private Thread startLoop(RunnerLoop loop) {
    Thread thread =
        new Thread(
            () -> {
              try {
                loop.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    thread.start();
    return thread;
  }

  @Test
  void claimsOnlyForTheKindsOfFreeSlots() throws Exception {
    RunnerLoop loop = new RunnerLoop(client::claim, executor, List.of(SlotKind.CPU, SlotKind.GPU));
    platform.enqueue(1, "cpu", Payloads.train("ok"));
    Thread thread = startLoop(loop);
    assertTrue(started.await(10, TimeUnit.SECONDS));
    awaitClaim(List.of("gpu"));
    platform.enqueue(2, "gpu", Payloads.train("ok"));
    awaitLog("start 2 on slot 1 (gpu)");

    assertTrue(loop.drain(Duration.ofMillis(100)));
    thread.join(5000);
    assertTrue(log.contains("end 1: the runner is shutting down"), log.toString());
    assertTrue(log.contains("end 2: the runner is shutting down"), log.toString());
  }

  @Test
  void drainLetsJobsFinishWithinTheGraceTime() throws Exception {
    RunnerLoop loop = new RunnerLoop(client::claim, executor, List.of(SlotKind.CPU));
    platform.enqueue(1, "cpu", Payloads.train("ok"));
    Thread thread = startLoop(loop);
    assertTrue(started.await(10, TimeUnit.SECONDS));
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                return;
              }
              release.countDown();
            });
    releaser.start();

    assertTrue(loop.drain(Duration.ofSeconds(10)));
    thread.join(5000);
    assertEquals(List.of("start 1 on slot 0", "end 1"), log);
    int claimsAfterDrain = platform.claims.size();
    platform.enqueue(2, "cpu", Payloads.train("ok"));
    Thread.sleep(300);
    assertEquals(claimsAfterDrain, platform.claims.size(), "no claims after draining");
  }

  /**
   * Drill 4: with its job folders' disk full, a runner claimed, failed to write the folder and
   * handed the job back, then claimed the next. It now claims nothing until there is room.
   */
  @Test
  void claimsNothingWhileTheJobFoldersDiskHasNoRoom(@TempDir Path jobs) throws Exception {
    // A real check of the real disk, asked for more room than any disk has: the gate is closed.
    DiskRoom full = new DiskRoom(jobs.resolve("75"), Long.MAX_VALUE);
    assertNotNull(full.blocked());
    assertNull(new DiskRoom(jobs.resolve("75"), 1).blocked(), "room enough for one byte");
    AtomicReference<ClaimGate> disk = new AtomicReference<>(full);
    RunnerLoop loop =
        new RunnerLoop(client::claim, executor, List.of(SlotKind.CPU), () -> disk.get().blocked());
    platform.enqueue(1, "cpu", Payloads.train("ok"));
    Thread thread = startLoop(loop);
    Thread.sleep(500);
    assertEquals(List.of(), platform.claims, "no claim while the disk is full");
    assertEquals(List.of(), log);

    disk.set(new DiskRoom(jobs.resolve("75"), 1));
    assertTrue(started.await(10, TimeUnit.SECONDS), "claimed once there was room: " + log);
    assertEquals(List.of("start 1 on slot 0"), log);
    assertTrue(loop.drain(Duration.ofMillis(100)));
    thread.join(5000);
  }

  private void awaitClaim(List<String> resources) throws InterruptedException {
    long end = System.currentTimeMillis() + 10_000;
    while (platform.claims.stream()
        .noneMatch(c -> c.path("resources").toString().equals(toJson(resources)))) {
      assertTrue(
          System.currentTimeMillis() < end, "no claim for " + resources + ": " + platform.claims);
      Thread.sleep(20);
    }
  }

  private void awaitLog(String line) throws InterruptedException {
    long end = System.currentTimeMillis() + 10_000;
    while (!log.contains(line)) {
      assertTrue(System.currentTimeMillis() < end, "never logged '" + line + "': " + log);
      Thread.sleep(20);
    }
  }

  private static String toJson(List<String> values) {
    return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
  }
}
