package vn.hocsau.job.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The last lines of a job's log, safe to show: learner code writes these lines, so they may hold
 * terminal escapes (colours, cursor moves), NULs and other control characters, and be huge. Lines
 * are HTML-escaped later by the template; here they lose every control character and are capped.
 */
public final class LogTail {

  /** Most lines kept. */
  public static final int MAX_LINES = 200;

  /** Most characters kept of one line. */
  public static final int MAX_LINE_CHARS = 500;

  // CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), and two-character escapes.
  private static final Pattern ANSI =
      Pattern.compile(
          "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(\\u0007|\\u001B\\\\)?"
              + "|\\u009B[0-?]*[ -/]*[@-~]|\\u001B[@-Z\\\\-_]");
  // Every C0/C1 control (NUL, BEL, BS, CR, DEL, …) and Unicode's invisible direction overrides.
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

  // Library start-up chatter no learner can act on: SLF4J's "no binding" notes, log4j 1's
  // "no appenders" warnings, the JVM's illegal-access and JAVA_TOOL_OPTIONS notices.
  private static final Pattern NOISE =
      Pattern.compile(
          "^(SLF4J: |log4j:WARN |WARNING: (An illegal reflective access|Illegal reflective access"
              + "|Please consider reporting this|Use --illegal-access|All illegal access)"
              + "|(NOTE: )?Picked up (JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS):)");

  private final Deque<String> lines = new ArrayDeque<>();
  private final int maxLines;

  /** An empty tail of at most {@code maxLines} lines. */
  public LogTail(int maxLines) {
    this.maxLines = maxLines;
  }

  /**
   * Adds a message; a message with line breaks adds one line per break. Library noise is left out.
   */
  public LogTail add(String message) {
    if (message == null) {
      return this;
    }
    for (String line : message.split("\\r\\n|\\r|\\n", -1)) {
      String clean = clean(line);
      if (noise(clean)) {
        continue;
      }
      lines.addLast(clean);
      while (lines.size() > maxLines) {
        lines.removeFirst();
      }
    }
    return this;
  }

  /** Whether {@code line} is library chatter rather than something the job said. */
  public static boolean noise(String line) {
    return NOISE.matcher(line).find();
  }

  /**
   * {@code text} without its library-noise lines, the other lines as they were: a runner's message
   * ends with the log's tail when the trainer crashed, and SLF4J's notes there say nothing about
   * the job. Null stays null.
   */
  public static String withoutNoise(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!noise(line)) {
        kept.append(kept.isEmpty() ? "" : "\n").append(line);
      }
    }
    return kept.toString();
  }

  /** The lines kept, oldest first. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** One line without escapes or control characters (a tab becomes a space), cut if too long. */
  public static String clean(String line) {
    String plain = ANSI.matcher(line).replaceAll("");
    plain = CONTROL.matcher(plain.replace('\t', ' ')).replaceAll("");
    if (plain.length() <= MAX_LINE_CHARS) {
      return plain;
    }
    int end = MAX_LINE_CHARS - 1;
    if (Character.isHighSurrogate(plain.charAt(end - 1))) {
      end--;
    }
    return plain.substring(0, end) + "…";
  }
}
