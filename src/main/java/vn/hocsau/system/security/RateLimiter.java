package vn.hocsau.system.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Counts attempts per key and refuses those over the limit. */
@ApplicationScoped
public class RateLimiter {

  @Inject RateLimitRepository buckets;
  @Inject RateLimitConfig config;
  @Inject Clock clock;

  /**
   * Counts an attempt and throws {@link RateLimitedException} when {@code key} went over {@code
   * limit} in the current window. Runs in its own transaction, so a failed login still counts.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void acquire(String key, int limit) {
    if (buckets.hit(key, windowStart(clock.instant())) > limit) {
      throw new RateLimitedException();
    }
  }

  private Instant windowStart(Instant now) {
    long window = config.window().toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
  }

  @Scheduled(every = "1h", delayed = "1m")
  @Transactional
  void forgetOldWindows() {
    buckets.deleteOlderThan(clock.instant().minus(config.window()).minus(Duration.ofMinutes(1)));
  }
}
