package vn.hocsau.runner.job;

/** The verdicts a runner reports in {@code finish}, as in docs/runner-api.md. */
public enum ErrorClass {
  OK,
  COMPILE_ERROR,
  CONFIG_ERROR,
  TIME_LIMIT,
  MEMORY_LIMIT,
  OUTPUT_LIMIT,
  DISK_LIMIT,
  RUNTIME_ERROR,
  INVALID_OUTPUT,
  CANCELLED,
  RUNNER_LOST
}
