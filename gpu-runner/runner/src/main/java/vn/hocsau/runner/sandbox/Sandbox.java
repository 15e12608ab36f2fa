package vn.hocsau.runner.sandbox;

import java.io.IOException;

/** Runs one job's program in isolation and reports what happened, without judging it. */
public interface Sandbox {

  /**
   * Runs the request to its end: the program exits, is killed at the wall-time limit or output cap,
   * or is stopped through {@code stop}. Returns only once every process of the job is gone.
   *
   * @throws IOException when the sandbox itself failed (not the job)
   */
  SandboxOutcome run(SandboxRequest request, SandboxListener listener, StopSignal stop)
      throws IOException;

  /** The path under which the program sees a dataset file, for {@code job.json}. */
  default String dataPath(String role, java.nio.file.Path hostFile) {
    return "/data/" + role;
  }

  /** A line for the runner's start-up log, such as the cgroup version in use. */
  String describe();
}
