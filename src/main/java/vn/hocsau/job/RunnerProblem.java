package vn.hocsau.job;

import java.util.Locale;

/** What can be wrong with a runner's call, each with its HTTP status and a stable problem type. */
public enum RunnerProblem {
  JOB_NOT_FOUND(404),
  /** The call names an attempt that is not (or no longer) this runner's: stop working on it. */
  STALE_ATTEMPT(409),
  /** The attempt is this runner's, but the job has ended; nothing more can be added to it. */
  NOT_RUNNING(409),
  INVALID_CLAIM(400),
  INVALID_VERDICT(400),
  INVALID_EVENTS(400),
  EVENT_RATE(429),
  INVALID_OUTPUT_NAME(400),
  OUTPUT_LIMIT(413);

  private final int status;

  RunnerProblem(int status) {
    this.status = status;
  }

  /** The HTTP status of the problem. */
  public int status() {
    return status;
  }

  /** The problem document's {@code type}, which runners switch on. */
  public String type() {
    return "urn:hocsau:runner:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
