package vn.hocsau.trainer;

import java.io.Writer;

/**
 * What javac prints besides its diagnostics, kept (up to a bound) to explain a compiler crash. When
 * javac itself fails, for example with a {@code StackOverflowError} on an expression nested
 * thousands deep, it catches the error, prints "An exception has occurred in the compiler" and the
 * stack trace to this output, and returns {@code false} without a single diagnostic.
 */
final class CompilerOutput extends Writer {

  private static final int MAX_KEPT_CHARS = 16_384;
  private static final int MAX_REASON_CHARS = 300;

  private final StringBuilder text = new StringBuilder();

  @Override
  public void write(char[] chars, int offset, int length) {
    int room = MAX_KEPT_CHARS - text.length();
    if (room > 0) {
      text.append(chars, offset, Math.min(room, length));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The {@code COMPILE_ERROR} for a compile that failed without diagnostics. */
  TrainerException crash() {
    for (String line : text.toString().split("\\R")) {
      String trimmed = line.strip();
      // The first line of the printed stack trace: "java.lang.StackOverflowError" or "x.Y: why".
      if (trimmed.matches("[\\w.$]+(Error|Exception)(: .*)?")) {
        return compileError(reason(trimmed));
      }
    }
    String first = text.toString().strip();
    return compileError(
        first.isEmpty() ? "no reason given" : reason(first.lines().findFirst().get()));
  }

  /** The {@code COMPILE_ERROR} for a crash that escaped javac. */
  static TrainerException crashed(Throwable e) {
    Throwable root = e instanceof RuntimeException && e.getCause() != null ? e.getCause() : e;
    String message = root.getMessage();
    return compileError(
        reason(root.getClass().getName() + (message == null ? "" : ": " + message)));
  }

  private static String reason(String line) {
    String name = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
    if (name.endsWith("StackOverflowError")) {
      return "StackOverflowError: the code is nested too deeply (such as an expression with"
          + " thousands of parentheses); split it into smaller expressions or methods";
    }
    return line.length() > MAX_REASON_CHARS ? line.substring(0, MAX_REASON_CHARS) + "…" : line;
  }

  private static TrainerException compileError(String reason) {
    return new TrainerException(
        TrainerException.ErrorClass.COMPILE_ERROR, "the Java compiler failed: " + reason);
  }
}
