package vn.hocsau.drills;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Polls the platform's readiness check ({@code /q/health/ready}) every 100 ms for the whole drill,
 * as a load balancer would, and keeps each change of state with its time.
 */
final class ReadinessWatch implements AutoCloseable {

  /** A change of the readiness check: UP (200) or DOWN (anything else, or no answer). */
  record Change(boolean up, Instant at) {}

  private final DrillPlatform platform;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Change> changes = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  ReadinessWatch(DrillPlatform platform) {
    this.platform = platform;
    this.thread = new Thread(this::poll, "drill-readiness");
    thread.setDaemon(true);
    thread.start();
  }

  private void poll() {
    while (running) {
      boolean up;
      try {
        up = platform.ready(http) == 200;
      } catch (IOException e) {
        up = false;
      }
      synchronized (this) {
        if (changes.isEmpty() || changes.get(changes.size() - 1).up() != up) {
          changes.add(new Change(up, Instant.now()));
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The first change to {@code up} at or after {@code since}. */
  synchronized Optional<Change> first(boolean up, Instant since) {
    return changes.stream().filter(c -> c.up() == up && !c.at().isBefore(since)).findFirst();
  }

  /** Whether the check is UP now (its last change). */
  synchronized boolean up() {
    return !changes.isEmpty() && changes.get(changes.size() - 1).up();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5000);
  }
}
