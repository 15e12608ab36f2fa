package vn.hocsau.cli;

/**
 * A failure the user should read: what went wrong, what to do next (the hint, may be null), and the
 * process exit code.
 */
public class CliException extends RuntimeException {

  private final int exitCode;
  private final String hint;

  public CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  public CliException(int exitCode, String message, String hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  public int exitCode() {
    return exitCode;
  }

  /** What to do next, or null. */
  public String hint() {
    return hint;
  }
}
