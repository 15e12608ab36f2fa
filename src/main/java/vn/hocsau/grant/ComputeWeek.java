package vn.hocsau.grant;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * One quota week: from midnight of its first day, in the quota's time zone, to the same moment a
 * week later. Computed on the calendar, so a week is 7 days even across a daylight-saving change.
 *
 * @param start the first instant of the week
 * @param end the first instant of the next week, when the quota resets
 */
public record ComputeWeek(Instant start, Instant end) {

  /** The week that contains {@code at}. */
  public static ComputeWeek containing(Instant at, ZoneId zone, DayOfWeek firstDay) {
    ZonedDateTime start =
        at.atZone(zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(firstDay))
            .atStartOfDay(zone);
    return new ComputeWeek(start.toInstant(), start.plusWeeks(1).toInstant());
  }

  /** The week that contains {@code at}, by {@code config}. */
  static ComputeWeek containing(Instant at, GrantsConfig config) {
    return containing(at, config.timeZone(), config.weekStart());
  }

  /** The instant {@code weeks} weeks after this week's start, on the calendar of {@code zone}. */
  Instant startPlusWeeks(int weeks, ZoneId zone) {
    return start.atZone(zone).plusWeeks(weeks).toInstant();
  }
}
