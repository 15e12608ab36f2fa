package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code submit --watch} and {@code watch} against the real platform and a real runner that trains
 * with DL4J on the lab's small dataset ({@code datasets/diem-3-lop}, 300 points): the queue place
 * while no runner is up, a line per epoch, then the verdict, the score and the exit code; then
 * {@code compare} and {@code outputs} on the jobs it trained.
 */
@ExtendWith(RealPlatform.Extension.class)
// Last: once stopped, a runner's last long-poll can still be handed a job on the platform, which
// then waits for its lease to expire; the other classes expect their jobs to stay queued.
@Order(Integer.MAX_VALUE)
class WatchE2ETest {

  static RealPlatform platform;
  static RunnerProcess runner;

  @BeforeAll
  static void platform(RealPlatform started) {
    platform = started;
  }

  @AfterAll
  static void stopRunner() throws InterruptedException {
    if (runner != null) {
      runner.close();
    }
  }

  @Test
  void aJobIsFollowedFromTheQueueToAPassThenAFailIsToldApart() throws Exception {
    Learner an = platform.learner();
    Path good = LabFiles.write(an.home(), "net.yaml", LabFiles.GOOD_CONFIG);
    // No runner yet: the job waits in the queue, and watch says so.
    StringWriter live = new StringWriter();
    CompletableFuture<Learner.Run> watching =
        CompletableFuture.supplyAsync(
            () -> an.cli(platform, "en", live, "submit", LabFiles.LAB, good.toString(), "--watch"));
    awaitOutput(live, "Queued: ");
    runner = RunnerProcess.start(platform.url, platform.runnerTokenFile());

    Learner.Run run = watching.get(4, TimeUnit.MINUTES);
    String out = run.out();
    assertEquals(ExitCodes.OK, run.code(), run + "\n" + runner.output());
    assertTrue(out.matches("(?s).*Queued: \\d+ jobs ahead\\..*"), out);
    assertTrue(out.contains("Training: 30 epochs, 270 examples"), out);
    // Not a terminal: plain name=value lines, one per epoch, no bar.
    List<String> epochs = out.lines().filter(l -> l.startsWith("epoch=")).toList();
    assertEquals(30, epochs.size(), out);
    assertTrue(
        epochs
            .get(0)
            .matches(
                "epoch=1/30 loss=\\d+\\.\\d{4} val_accuracy=\\d\\.\\d{4} .*examples/s=\\d+ eta=\\d+:\\d\\d"),
        epochs.get(0));
    assertTrue(
        epochs.get(29).startsWith("epoch=30/30 ") && epochs.get(29).endsWith(" eta=0:00"),
        epochs.get(29));
    assertTrue(
        out.contains("Public score (accuracy): 0.")
            && out.contains("Passed: the pass mark is 0.8000."),
        out);
    String goodJob = out.replaceAll("(?s).*as job (\\d+)\\..*", "$1");

    // The weak config trains too, and scores below the pass mark: a fail, in Vietnamese.
    Path weak = LabFiles.write(an.home(), "weak.yaml", LabFiles.WEAK_CONFIG);
    Learner.Run weakRun = an.cli(platform, "vi_VN.UTF-8", "submit", LabFiles.LAB, weak.toString());
    String weakJob = weakRun.out().replaceAll("(?s).*là tác vụ (\\d+)\\..*", "$1");
    Learner.Run watched = an.cli(platform, "vi_VN.UTF-8", "watch", weakJob);
    assertEquals(ExitCodes.NOT_PASSED, watched.code(), watched + "\n" + runner.output());
    assertTrue(watched.out().contains("Tác vụ " + weakJob + ": Hoàn thành"), watched.out());
    assertTrue(watched.out().contains("Chưa đạt: cần từ 0.8000 trở lên."), watched.out());
    assertTrue(watched.out().contains("epoch=1/1 "), watched.out());

    compareShowsTheDifferingLinesAndTheFinalMetrics(an, goodJob, weakJob);
    outputsAreDownloadedAndChecked(an, goodJob);
  }

  private void compareShowsTheDifferingLinesAndTheFinalMetrics(
      Learner an, String goodJob, String weakJob) {
    Learner.Run compared = an.cli(platform, "en", "compare", goodJob, weakJob);
    assertEquals(0, compared.code(), compared.toString());
    String out = compared.out();
    assertTrue(out.lines().anyMatch(l -> l.matches(" +job " + goodJob + " +job " + weakJob)), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("epochs +30 +1")), out);
    assertTrue(
        out.lines().anyMatch(l -> l.matches("val_accuracy +\\d\\.\\d{4} +\\d\\.\\d{4}")), out);
    assertTrue(
        out.contains("Job " + weakJob + "'s submission against job " + goodJob + "'s:"), out);
    assertTrue(out.contains("- 1: epochs: 30") && out.contains("+ 1: epochs: 1"), out);
    assertTrue(out.contains("+ 3: optimizer: {type: sgd, lr: 0.0001}"), out);
    assertTrue(!out.contains("batchSize"), "lines that are the same are not shown: " + out);
  }

  private void outputsAreDownloadedAndChecked(Learner an, String job) throws Exception {
    Learner.Run listed = an.cli(platform, "en", "outputs", job);
    assertTrue(
        listed.out().lines().anyMatch(l -> l.matches("predictions\\.csv +\\d+ +[0-9a-f]{64}")),
        listed.out());
    Path dir = an.home().resolve("out");
    Learner.Run saved = an.cli(platform, "en", "outputs", job, "--dir", dir.toString());
    assertEquals(0, saved.code(), saved.toString());
    assertTrue(Files.readString(dir.resolve("predictions.csv")).startsWith("id,"));
  }

  /** Waits (reading what the CLI printed so far, with a deadline) for {@code text}. */
  private static void awaitOutput(StringWriter live, String text) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!live.toString().contains(text)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("'" + text + "' never came:\n" + live + "\n" + platform.log());
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }
}
