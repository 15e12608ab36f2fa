package vn.hocsau.runner.sandbox;

/**
 * The sandbox cannot work on this machine. The message says what is missing and how to fix it; the
 * runner then refuses to run learners' code rather than run it unprotected.
 */
public class SandboxUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with an explanation that includes the fix. */
  public SandboxUnavailableException(String message) {
    super(message);
  }

  /** Creates the exception with an explanation and its cause. */
  public SandboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
