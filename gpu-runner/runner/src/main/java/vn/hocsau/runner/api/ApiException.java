package vn.hocsau.runner.api;

import java.io.IOException;

/**
 * The platform refused a call. {@link #type()} is the problem type to switch on (see
 * docs/runner-api.md, "Errors").
 */
public class ApiException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Another attempt owns the job, or it was revoked from this runner. */
  public static final String STALE_ATTEMPT = "urn:hocsau:runner:stale-attempt";

  /** The job has ended; nothing more can be added. */
  public static final String NOT_RUNNING = "urn:hocsau:runner:not-running";

  /** Too many events for this attempt; send more slowly. */
  public static final String EVENT_RATE = "urn:hocsau:runner:event-rate";

  private final int status;
  private final String type;

  /** Creates the exception for an HTTP status and problem type. */
  public ApiException(int status, String type, String detail) {
    super("platform answered " + status + " " + type + (detail == null ? "" : ": " + detail));
    this.status = status;
    this.type = type;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The problem type, or {@code about:blank}. */
  public String type() {
    return type;
  }

  /** Whether the job is no longer this runner's: stop it and report nothing more. */
  public boolean jobGone() {
    return status == 409 && (STALE_ATTEMPT.equals(type) || NOT_RUNNING.equals(type));
  }

  /** Whether the call may be retried later unchanged (rate limit, server trouble). */
  public boolean retryable() {
    return status == 429 || status >= 500;
  }
}
