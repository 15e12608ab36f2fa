package vn.hocsau.runner;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory written like a JVM heap flag: {@code 512m}, {@code 2g}. Reusing the {@code
 * -Xmx} syntax means operators need not learn a second notation, and the runner can hand a derived
 * value straight to the trainer's JVM.
 *
 * @param bytes the amount in bytes, always positive
 */
public record MemorySize(long bytes) {

  // Units are binary (k = 1024), as in -Xmx. A bare number is rejected rather than read as bytes:
  // "2" almost always means "2g" and would otherwise kill every job at start-up.
  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,18})([kmgt])b?");
  private static final String UNITS = "kmgt";

  /** Rejects non-positive sizes. */
  public MemorySize {
    if (bytes <= 0) {
      throw new IllegalArgumentException("memory size must be positive, was " + bytes + " bytes");
    }
  }

  /**
   * Parses {@code <digits><k|m|g|t>}, case-insensitively, with an optional trailing {@code b}.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static MemorySize parse(String text) {
    String normalized = text.strip().toLowerCase(Locale.ROOT);
    Matcher matcher = SYNTAX.matcher(normalized);
    if (!matcher.matches()) {
      String hint = normalized.matches("\\d+") ? " has no unit" : " is not a memory size";
      throw new IllegalArgumentException("'" + text + "'" + hint + " (write e.g. 512m or 2g)");
    }
    long amount = Long.parseLong(matcher.group(1));
    int shift = 10 * (UNITS.indexOf(matcher.group(2)) + 1);
    if (amount == 0) {
      throw new IllegalArgumentException("'" + text + "' must be more than zero");
    }
    if (amount > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("'" + text + "' is too large");
    }
    return new MemorySize(amount << shift);
  }

  /** Formats with the largest unit that divides the size exactly, e.g. {@code 2g}. */
  @Override
  public String toString() {
    for (int i = UNITS.length() - 1; i >= 0; i--) {
      long unit = 1L << (10 * (i + 1));
      if (bytes % unit == 0) {
        return (bytes / unit) + String.valueOf(UNITS.charAt(i));
      }
    }
    return bytes + "b";
  }
}
