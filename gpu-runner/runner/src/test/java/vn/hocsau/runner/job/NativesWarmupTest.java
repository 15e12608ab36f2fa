package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runners sharing a work folder and starting together unpack the natives once. */
class NativesWarmupTest {

  @TempDir Path workDir;

  @Test
  void runnersStartingTogetherWarmUpOnce() throws Exception {
    Path natives = workDir.resolve("natives");
    // mkdir fails when the folder exists: a second warm-up would throw.
    String once = "mkdir {natives}/unpacked";
    int runners = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(runners);
    List<Future<?>> warmups = new ArrayList<>();
    for (int i = 0; i < runners; i++) {
      warmups.add(
          pool.submit(
              () -> {
                start.await();
                NativesWarmup.ensure(once, "java", workDir, natives);
                return null;
              }));
    }
    start.countDown();
    for (Future<?> warmup : warmups) {
      warmup.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertTrue(Files.isDirectory(natives.resolve("unpacked")));
    assertTrue(Files.exists(natives.resolve(".warmed-up")));
  }
}
