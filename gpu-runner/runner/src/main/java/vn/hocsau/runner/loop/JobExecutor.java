package vn.hocsau.runner.loop;

import vn.hocsau.runner.api.Assignment;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * Runs one claimed attempt to its end on a slot; {@link vn.hocsau.runner.job.JobRun} in production.
 */
public interface JobExecutor {

  /** Runs and reports the attempt; returns when the slot is free again. */
  void execute(Assignment job, int slot, boolean gpu, StopSignal stop) throws InterruptedException;

  /** Hands a job back untouched (claimed while draining, or for a slot kind we have none of). */
  void handBack(Assignment job, String why) throws InterruptedException;
}
