package vn.hocsau.trainer;

/**
 * The two JSON encodings the event stream needs: strings and numbers. It is hand-written so the
 * trainer adds no library of its own to a sandbox that will already hold DL4J's large classpath.
 */
final class JsonText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * Appends {@code text} as a quoted JSON string. Everything outside printable ASCII is written as
   * a {@code \}{@code uXXXX} escape, so the output is pure ASCII: it then reads the same whatever
   * charset the sandbox's JVM defaults to (with a cleared environment, Java 17 falls back to
   * US-ASCII), and lone surrogates still produce valid JSON.
   */
  static void appendString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            appendUnicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  /**
   * Appends a number, or {@code null} for NaN and infinities, which JSON cannot express: writing
   * them as {@code NaN} would make the whole line unreadable to strict parsers on the platform.
   */
  static void appendNumber(StringBuilder out, double value) {
    if (Double.isFinite(value)) {
      // Double.toString gives forms such as 1.0E-5, which are valid JSON numbers.
      out.append(value);
    } else {
      out.append("null");
    }
  }
}
