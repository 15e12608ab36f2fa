package vn.hocsau.cli;

/** Text from a server, made safe to print: control characters (escape codes) become spaces. */
final class Text {

  private Text() {}

  /** {@code text} on one line, without control characters; "" for null. */
  static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
  }

  /** {@code text} keeping its line breaks and tabs, without other control characters. */
  static String cleanLines(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
  }
}
