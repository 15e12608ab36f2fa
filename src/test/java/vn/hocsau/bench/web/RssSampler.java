package vn.hocsau.bench.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** The largest resident set of a process while a run lasts, read from /proc every 200 ms. */
final class RssSampler {

  private final Thread thread;
  private final AtomicLong maxKb = new AtomicLong();
  private volatile boolean stopping;

  private RssSampler(long pid) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    thread =
        new Thread(
            () -> {
              while (!stopping) {
                maxKb.accumulateAndGet(rssKb(status), Math::max);
                try {
                  Thread.sleep(200); // a sampling period, not a wait for a condition
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-sampler");
    thread.setDaemon(true);
  }

  static RssSampler start(long pid) {
    RssSampler s = new RssSampler(pid);
    s.thread.start();
    return s;
  }

  /** Stops sampling; the largest RSS seen, in MB. */
  double stop() throws InterruptedException {
    stopping = true;
    thread.interrupt();
    thread.join();
    return maxKb.get() / 1024.0;
  }

  private static long rssKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process is gone or the line unreadable: nothing to add.
    }
    return 0;
  }
}
