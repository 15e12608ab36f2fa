package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.TestClock;
import vn.hocsau.system.security.RateLimitConfig;
import vn.hocsau.system.security.RateLimitedException;
import vn.hocsau.system.security.RateLimiter;

/** The fixed-window counter: refuses past the limit, forgets after the window. */
@QuarkusTest
class RateLimiterTest {

  @Inject RateLimiter limiter;
  @Inject RateLimitConfig config;
  @Inject TestClock clock;

  @Test
  void refusesPastTheLimitUntilTheNextWindow() {
    String key = "test:" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      assertDoesNotThrow(() -> limiter.acquire(key, 3));
    }
    assertThrows(RateLimitedException.class, () -> limiter.acquire(key, 3));
    assertThrows(RateLimitedException.class, () -> limiter.acquire(key, 3));
    clock.advance(config.window().plus(Duration.ofSeconds(1)));
    assertDoesNotThrow(() -> limiter.acquire(key, 3));
  }

  @Test
  void keysAreCountedSeparately() {
    String a = "test:" + UUID.randomUUID();
    String b = "test:" + UUID.randomUUID();
    assertDoesNotThrow(() -> limiter.acquire(a, 1));
    assertThrows(RateLimitedException.class, () -> limiter.acquire(a, 1));
    assertDoesNotThrow(() -> limiter.acquire(b, 1));
  }
}
