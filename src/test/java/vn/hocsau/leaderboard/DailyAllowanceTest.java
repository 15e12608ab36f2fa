package vn.hocsau.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.leaderboard.DailyAllowance.Charge;

class DailyAllowanceTest {

  static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  static Charge charged(String instant) {
    return new Charge(Instant.parse(instant), true, null);
  }

  @Test
  void theDayResetsAtMidnightInTheLabsZoneNotUtc() {
    // 23:59:59 in Hà Nội is 16:59:59 UTC; one second later a new day starts there.
    List<Charge> charges =
        List.of(charged("2026-03-01T16:59:58Z"), charged("2026-03-01T16:00:00Z"));
    assertEquals(2, DailyAllowance.of(charges, 3, HCM, at("2026-03-01T16:59:59Z")).used());
    DailyAllowance.Allowance after = DailyAllowance.of(charges, 3, HCM, at("2026-03-01T17:00:00Z"));
    assertEquals(0, after.used());
    assertEquals(3, after.remaining());
    assertEquals(Instant.parse("2026-03-02T17:00:00Z"), after.resetsAt());
    // In UTC the same submissions would still be today.
    assertEquals(
        2, DailyAllowance.of(charges, 3, ZoneOffset.UTC, at("2026-03-01T17:00:00Z")).used());
  }

  @Test
  void theLimitIsReachedAndOneMoreIsRefused() {
    List<Charge> charges =
        List.of(charged("2026-03-01T02:00:00Z"), charged("2026-03-01T03:00:00Z"));
    DailyAllowance.Allowance full = DailyAllowance.of(charges, 2, HCM, at("2026-03-01T04:00:00Z"));
    assertFalse(full.allowsOneMore());
    assertEquals(0, full.remaining());
    assertTrue(DailyAllowance.of(charges, 3, HCM, at("2026-03-01T04:00:00Z")).allowsOneMore());
  }

  @Test
  void berlinSpringForwardDayHas23HoursAndResetsAtLocalMidnight() {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Berlin. Midnight is 23:00 UTC the day
    // before (CET, +1); the next midnight is 22:00 UTC (CEST, +2).
    DailyAllowance.Window day =
        DailyAllowance.window(Instant.parse("2026-03-29T12:00:00Z"), BERLIN);
    assertEquals(Instant.parse("2026-03-28T23:00:00Z"), day.start());
    assertEquals(Instant.parse("2026-03-29T22:00:00Z"), day.end());
    assertEquals(Duration.ofHours(23), Duration.between(day.start(), day.end()));
    List<Charge> charges =
        List.of(charged("2026-03-28T22:59:59Z"), charged("2026-03-28T23:00:00Z"));
    assertEquals(1, DailyAllowance.of(charges, 5, BERLIN, at("2026-03-29T21:59:59Z")).used());
    assertEquals(0, DailyAllowance.of(charges, 5, BERLIN, at("2026-03-29T22:00:00Z")).used());
  }

  @Test
  void berlinFallBackDayHas25Hours() {
    DailyAllowance.Window day =
        DailyAllowance.window(Instant.parse("2026-10-25T12:00:00Z"), BERLIN);
    assertEquals(Instant.parse("2026-10-24T22:00:00Z"), day.start());
    assertEquals(Instant.parse("2026-10-25T23:00:00Z"), day.end());
    assertEquals(Duration.ofHours(25), Duration.between(day.start(), day.end()));
  }

  @Test
  void onlyChargedSubmissionsCount() {
    List<Charge> charges =
        List.of(
            charged("2026-03-01T02:00:00Z"),
            new Charge(Instant.parse("2026-03-01T02:01:00Z"), false, null),
            new Charge(Instant.parse("2026-03-01T02:02:00Z"), false, "k"));
    assertEquals(1, DailyAllowance.of(charges, 2, HCM, at("2026-03-01T04:00:00Z")).used());
  }

  @Test
  void theSameIdempotencyKeyCountsOnce() {
    List<Charge> charges =
        List.of(
            new Charge(Instant.parse("2026-03-01T02:00:00Z"), true, "key-1"),
            new Charge(Instant.parse("2026-03-01T02:00:01Z"), true, "key-1"),
            new Charge(Instant.parse("2026-03-01T02:00:02Z"), true, "key-2"),
            charged("2026-03-01T02:00:03Z"),
            charged("2026-03-01T02:00:04Z"));
    assertEquals(4, DailyAllowance.of(charges, 9, HCM, at("2026-03-01T04:00:00Z")).used());
  }
}
