package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Where the day of the daily limit starts ({@link LabSubmissions#dayStart}): only submissions made
 * since then count, so these are the limit's reset rules. The counting itself is {@link
 * DailyAllowanceDbTest}.
 */
class DailyAllowanceTest {

  static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  @Test
  void theDayResetsAtMidnightInTheLabsZoneNotUtc() {
    // 23:59:59 in Hà Nội is 16:59:59 UTC; one second later a new day starts there.
    assertEquals(
        at("2026-02-28T17:00:00Z"), LabSubmissions.dayStart(at("2026-03-01T16:59:59Z"), HCM));
    assertEquals(
        at("2026-03-01T17:00:00Z"), LabSubmissions.dayStart(at("2026-03-01T17:00:00Z"), HCM));
    // In UTC, submissions made at 16:00 and 16:59:58 would still be today.
    assertEquals(
        at("2026-03-01T00:00:00Z"),
        LabSubmissions.dayStart(at("2026-03-01T17:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void berlinSpringForwardDayHas23HoursAndResetsAtLocalMidnight() {
    // 29 March 2026: clocks go from 02:00 to 03:00 in Berlin. Midnight is 23:00 UTC the day
    // before (CET, +1); the next midnight is 22:00 UTC (CEST, +2).
    Instant start = LabSubmissions.dayStart(at("2026-03-29T12:00:00Z"), BERLIN);
    Instant next = LabSubmissions.dayStart(at("2026-03-29T22:00:00Z"), BERLIN);
    assertEquals(at("2026-03-28T23:00:00Z"), start);
    assertEquals(at("2026-03-29T22:00:00Z"), next);
    assertEquals(Duration.ofHours(23), Duration.between(start, next));
    // One second before the next midnight, a submission at 23:00 UTC the day before still counts.
    assertEquals(start, LabSubmissions.dayStart(at("2026-03-29T21:59:59Z"), BERLIN));
  }

  @Test
  void berlinFallBackDayHas25Hours() {
    Instant start = LabSubmissions.dayStart(at("2026-10-25T12:00:00Z"), BERLIN);
    Instant next = LabSubmissions.dayStart(at("2026-10-25T23:00:00Z"), BERLIN);
    assertEquals(at("2026-10-24T22:00:00Z"), start);
    assertEquals(at("2026-10-25T23:00:00Z"), next);
    assertEquals(Duration.ofHours(25), Duration.between(start, next));
  }
}
