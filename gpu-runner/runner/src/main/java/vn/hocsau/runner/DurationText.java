package vn.hocsau.runner;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way operators write them in environment files: {@code 90s}, {@code 30m},
 * {@code 1h30m}, or ISO-8601 such as {@code PT1H30M}.
 */
public final class DurationText {

  private static final Pattern SHORT_FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private DurationText() {}

  /**
   * Parses a duration of at least one second; limits are enforced at whole seconds, so anything
   * shorter is a typo rather than a limit.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static Duration parseAtLeastOneSecond(String text) {
    Duration duration = parse(text.strip());
    if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("'" + text + "' must be at least 1s");
    }
    return duration;
  }

  private static Duration parse(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("p")) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    Matcher matcher = SHORT_FORM.matcher(lower);
    if (lower.isEmpty() || !matcher.matches()) {
      throw invalid(text);
    }
    try {
      return Duration.ofHours(number(matcher.group(1)))
          .plusMinutes(number(matcher.group(2)))
          .plusSeconds(number(matcher.group(3)));
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is too long");
    }
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "'" + text + "' is not a duration (write e.g. 90s, 30m, 1h30m or PT1H30M)");
  }

  /** Formats compactly, e.g. {@code 1h30m}, so logs echo what operators write. */
  public static String format(Duration duration) {
    long seconds = duration.toSeconds();
    StringBuilder text = new StringBuilder();
    appendPart(text, seconds / 3600, 'h');
    appendPart(text, seconds % 3600 / 60, 'm');
    appendPart(text, seconds % 60, 's');
    return text.length() == 0 ? "0s" : text.toString();
  }

  private static void appendPart(StringBuilder text, long amount, char unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }
}
