package vn.hocsau.quiz.gift;

import java.util.List;

/**
 * The text of one GIFT question with escapes already resolved, remembering for each character
 * whether it was escaped (so {@code \~} is text, not an answer marker) and which line it came from.
 * Resolving escapes first, as Moodle does, keeps every later step free of backslash counting.
 */
final class GiftSource {

  /** Characters that a backslash turns into plain text; {@code \n} is a newline. */
  static final String ESCAPABLE = "~=#{}:\\";

  /** One line of the file with its 1-based number. */
  record Line(int number, String text) {}

  private final String text;
  private final boolean[] escaped;
  private final int[] lines;

  private GiftSource(String text, boolean[] escaped, int[] lines) {
    this.text = text;
    this.escaped = escaped;
    this.lines = lines;
  }

  /** Joins {@code lines} with newlines and resolves escapes. */
  static GiftSource of(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    int total = lines.stream().mapToInt(l -> l.text().length() + 1).sum();
    boolean[] escaped = new boolean[total];
    int[] numbers = new int[total];
    for (int n = 0; n < lines.size(); n++) {
      Line line = lines.get(n);
      String raw = n == 0 ? line.text() : "\n" + line.text();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        boolean escape = c == '\\' && i + 1 < raw.length() && isEscapable(raw.charAt(i + 1));
        if (escape) {
          c = raw.charAt(++i) == 'n' ? '\n' : raw.charAt(i);
        }
        escaped[out.length()] = escape;
        numbers[out.length()] = line.number();
        out.append(c);
      }
    }
    return new GiftSource(out.toString(), escaped, numbers);
  }

  private static boolean isEscapable(char c) {
    return c == 'n' || ESCAPABLE.indexOf(c) >= 0;
  }

  int length() {
    return text.length();
  }

  /** The first unescaped occurrence of {@code token} in [from, to), or -1. */
  int find(String token, int from, int to) {
    for (int i = Math.max(0, from); i + token.length() <= to; i++) {
      if (text.startsWith(token, i) && unescaped(i, token.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The first unescaped '=' or '~' in [from, to), or -1. */
  int findMarker(int from, int to) {
    int eq = find("=", from, to);
    int tilde = find("~", from, to);
    return eq < 0 ? tilde : tilde < 0 ? eq : Math.min(eq, tilde);
  }

  /** The first index in [from, to) that is not whitespace, or {@code to}. */
  int skipSpace(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i)) && !escaped[i]) {
      i++;
    }
    return i;
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** The resolved text of [from, to), trimmed. */
  String text(int from, int to) {
    return text.substring(from, to).strip();
  }

  /** The file line of character {@code i} (the last line when past the end). */
  int line(int i) {
    return lines[Math.max(0, Math.min(i, text.length() - 1))];
  }

  private boolean unescaped(int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (escaped[i]) {
        return false;
      }
    }
    return true;
  }
}
