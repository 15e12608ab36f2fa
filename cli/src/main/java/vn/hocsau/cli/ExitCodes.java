package vn.hocsau.cli;

/** The process exit codes, as documented in {@code cli/README.md}. */
public final class ExitCodes {

  /** Done; for {@code watch}, the job was scored and passes (or the lab has no pass mark). */
  public static final int OK = 0;

  /** The submission was received but found invalid (its message says why). */
  public static final int INVALID_SUBMISSION = 1;

  /** Bad command-line arguments (picocli's own usage code). */
  public static final int USAGE = 2;

  /** No server URL or token configured, or the config file is unreadable. */
  public static final int CONFIG = 3;

  /** The token was refused (401) or lacks access (403). */
  public static final int AUTH = 4;

  /** The lab, file or page does not exist (404). */
  public static final int NOT_FOUND = 5;

  /** The server could not be reached, or failed (5xx), after retries. */
  public static final int NETWORK = 6;

  /** The server refused the request for another reason (400, 409, 413, 429, …). */
  public static final int REFUSED = 7;

  /** A local file could not be read or written. */
  public static final int LOCAL_IO = 8;

  /**
   * {@code watch}: the job trained and was scored, but the score does not reach the lab's pass mark
   * (a fail; 0 is a pass).
   */
  public static final int NOT_PASSED = 9;

  /**
   * {@code watch}: the job ended without a score (an error): its code or config failed, it hit a
   * limit, it was cancelled, or the runner was lost on its last attempt. The verdict says which.
   */
  public static final int JOB_FAILED = 10;

  private ExitCodes() {}
}
