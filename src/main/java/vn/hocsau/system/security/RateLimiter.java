package vn.hocsau.system.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.hocsau.system.Sha256;

/** Counts attempts per key and refuses those over the limit. */
@ApplicationScoped
public class RateLimiter {

  /** Longest key stored as is; the column holds 300 characters, a hashed key 71. */
  static final int MAX_PLAIN_KEY = 200;

  @Inject RateLimitRepository buckets;
  @Inject RateLimitConfig config;
  @Inject Clock clock;

  /**
   * Counts an attempt and throws {@link RateLimitedException} when {@code key} went over {@code
   * limit} in the current window. Runs in its own transaction, so a failed login still counts.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void acquire(String key, int limit) {
    if (buckets.hit(bucketKey(key), windowStart(clock.instant())) > limit) {
      throw new RateLimitedException();
    }
  }

  /**
   * The stored key: {@code key} itself, or its SHA-256 when it would not fit {@code
   * rate_limit_bucket.bucket_key} or holds a NUL, which PostgreSQL refuses in text. Keys embed what
   * a client typed (the email of a login attempt), so a 4 KB email must still be counted, not fail.
   */
  static String bucketKey(String key) {
    if (key.length() <= MAX_PLAIN_KEY && key.indexOf('\u0000') < 0) {
      return key;
    }
    return "sha256:" + Sha256.hex(key);
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
