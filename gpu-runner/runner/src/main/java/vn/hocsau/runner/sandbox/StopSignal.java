package vn.hocsau.runner.sandbox;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Lets another thread stop a running sandbox: a cancelled job, a lost lease, or a draining runner
 * that ran out of time. The first reason wins.
 */
public final class StopSignal {

  /** The platform cancelled the job. */
  public static final String CANCELLED = "the job was cancelled";

  /** The runner shuts down and hands the job back. */
  public static final String DRAINING = "the runner is shutting down";

  /** The platform says the attempt is no longer ours. */
  public static final String LOST = "the platform gave the job to another attempt";

  private final AtomicReference<String> reason = new AtomicReference<>();

  /** Asks the sandbox to kill the job; does nothing if already asked. */
  public void stop(String why) {
    reason.compareAndSet(null, why);
  }

  /** Why the job was stopped, or {@code null} while it may run. */
  public String reason() {
    return reason.get();
  }
}
