package vn.hocsau.grant;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.hocsau.system.i18n.Language;

/**
 * How GPU hours and reset times are written in one language: "2,5" in Vietnamese, "2.5" in English.
 */
record QuotaText(Language language, GrantsConfig config) {

  /** {@code seconds} as hours, with at most two decimals. */
  String hours(double seconds) {
    NumberFormat f = NumberFormat.getNumberInstance(language.locale());
    f.setMaximumFractionDigits(2);
    f.setMinimumFractionDigits(0);
    return f.format(seconds / 3600.0);
  }

  /** A moment in the quota's time zone, with the zone named. */
  String moment(Instant at) {
    String pattern = language == Language.VI ? "EEEE dd/MM/yyyy HH:mm" : "EEEE d MMM yyyy, HH:mm";
    return DateTimeFormatter.ofPattern(pattern, language.locale())
            .format(at.atZone(config.timeZone()))
        + " ("
        + config.timeZone().getId()
        + ")";
  }

  /** A day in the quota's time zone. */
  String day(Instant at) {
    String pattern = language == Language.VI ? "dd/MM/yyyy" : "d MMM yyyy";
    return DateTimeFormatter.ofPattern(pattern, language.locale())
        .format(at.atZone(config.timeZone()));
  }
}
