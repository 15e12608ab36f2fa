package vn.hocsau.course.render;

/** Escapes text for HTML element content and double-quoted attribute values. */
final class HtmlEscape {

  private HtmlEscape() {}

  static String text(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    append(out, s, 0, s.length());
    return out.toString();
  }

  static void append(StringBuilder out, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
