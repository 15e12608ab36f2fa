package vn.hocsau.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The quota week: Monday 00:00 in Vietnam by default, on the calendar, and the slot rate. */
class ComputeWeekTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void aWeekStartsOnMondayAtMidnightInVietnam() {
    // Sunday 2026-12-06 23:59:59 in Vietnam is 16:59:59 UTC: still the week of Monday 11-30.
    ComputeWeek sunday =
        ComputeWeek.containing(Instant.parse("2026-12-06T16:59:59Z"), VIETNAM, DayOfWeek.MONDAY);
    assertEquals(Instant.parse("2026-11-29T17:00:00Z"), sunday.start());
    assertEquals(Instant.parse("2026-12-06T17:00:00Z"), sunday.end());
    // One second later it is Monday 00:00 in Vietnam: a new week, though UTC is still Sunday.
    ComputeWeek monday =
        ComputeWeek.containing(Instant.parse("2026-12-06T17:00:00Z"), VIETNAM, DayOfWeek.MONDAY);
    assertEquals(sunday.end(), monday.start());
    assertEquals(Instant.parse("2026-12-13T17:00:00Z"), monday.end());
  }

  @Test
  void theZoneAndFirstDayAreSettings() {
    ComputeWeek utcSunday =
        ComputeWeek.containing(
            Instant.parse("2026-12-09T10:00:00Z"), ZoneId.of("UTC"), DayOfWeek.SUNDAY);
    assertEquals(Instant.parse("2026-12-06T00:00:00Z"), utcSunday.start());
    assertEquals(Instant.parse("2026-12-13T00:00:00Z"), utcSunday.end());
  }

  @Test
  void aWeekIsSevenCalendarDaysAcrossADaylightSavingChange() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    // Clocks went forward on Sunday 2026-03-29: that week is 167 hours long.
    ComputeWeek week =
        ComputeWeek.containing(Instant.parse("2026-03-25T12:00:00Z"), paris, DayOfWeek.MONDAY);
    assertEquals(Instant.parse("2026-03-22T23:00:00Z"), week.start());
    assertEquals(Instant.parse("2026-03-29T22:00:00Z"), week.end());
    assertEquals(Instant.parse("2026-04-05T22:00:00Z"), week.startPlusWeeks(2, paris));
  }

  @Test
  void aCpuSecondCostsTheCpuRateAndAGpuSecondOne() {
    SlotRate rate = new SlotRate(0.1);
    assertEquals(12.0, rate.gpuSeconds("cpu", 120), 1e-9);
    assertEquals(120.0, rate.gpuSeconds("gpu", 120), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> new SlotRate(-1));
    assertThrows(IllegalArgumentException.class, () -> new SlotRate(Double.NaN));
  }
}
