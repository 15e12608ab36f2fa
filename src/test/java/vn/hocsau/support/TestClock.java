package vn.hocsau.support;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the application under test: real time plus an offset that tests can move forward, so
 * rules about windows and expiry are tested without sleeping.
 */
@Mock
@ApplicationScoped
public class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Moves time forward for the whole application. */
  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the platform works in UTC");
  }
}
