package vn.hocsau.job.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How job pages write times and durations: the same in both languages. */
final class JobFormat {

  /** The zone of our learners; month totals and shown times follow it. */
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

  private JobFormat() {}

  /** {@code 2026-01-02 10:04:05} in Vietnam's time, or empty. */
  static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** {@code h:mm:ss}, e.g. {@code 0:03:05}; whole seconds, rounded. */
  static String duration(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
