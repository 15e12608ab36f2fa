package vn.hocsau.job;

import org.jboss.logging.MDC;

/**
 * Puts the job, attempt and runner a runner's call is about in the MDC ({@code jobId}, {@code
 * attempt}, {@code runnerId}), so that every log line of the call, down to the verdict and the
 * scoring it sets off, can be found by job: a drill's or an incident's story, read back from the
 * logs.
 */
public final class JobLogContext {

  private JobLogContext() {}

  /** Names the attempt this request is about. */
  public static void enter(Long jobId, int attempt, Long runnerId) {
    MDC.put("jobId", String.valueOf(jobId));
    MDC.put("attempt", Integer.toString(attempt));
    MDC.put("runnerId", String.valueOf(runnerId));
  }
}
