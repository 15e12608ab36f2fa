package vn.hocsau.job.web;

import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobState;

/** Job states and verdicts in the learner's language: what happened, and what to try next. */
public final class VerdictText {

  private VerdictText() {}

  /** One sentence per error class: what it means and what to try. */
  public static String explain(ErrorClass errorClass, JobMessages m) {
    return switch (errorClass) {
      case OK -> m.job_verdict_ok();
      case COMPILE_ERROR -> m.job_verdict_compile_error();
      case CONFIG_ERROR -> m.job_verdict_config_error();
      case TIME_LIMIT -> m.job_verdict_time_limit();
      case MEMORY_LIMIT -> m.job_verdict_memory_limit();
      case OUTPUT_LIMIT -> m.job_verdict_output_limit();
      case DISK_LIMIT -> m.job_verdict_disk_limit();
      case RUNTIME_ERROR -> m.job_verdict_runtime_error();
      case INVALID_OUTPUT -> m.job_verdict_invalid_output();
      case RUNNER_LOST -> m.job_verdict_runner_lost();
      case CANCELLED -> m.job_verdict_cancelled();
    };
  }

  /** The error class as a short label ("Time limit exceeded"), where a page names it. */
  public static String name(ErrorClass errorClass, JobMessages m) {
    return switch (errorClass) {
      case OK -> m.job_class_ok();
      case COMPILE_ERROR -> m.job_class_compile_error();
      case CONFIG_ERROR -> m.job_class_config_error();
      case TIME_LIMIT -> m.job_class_time_limit();
      case MEMORY_LIMIT -> m.job_class_memory_limit();
      case OUTPUT_LIMIT -> m.job_class_output_limit();
      case DISK_LIMIT -> m.job_class_disk_limit();
      case RUNTIME_ERROR -> m.job_class_runtime_error();
      case INVALID_OUTPUT -> m.job_class_invalid_output();
      case RUNNER_LOST -> m.job_class_runner_lost();
      case CANCELLED -> m.job_class_cancelled();
    };
  }

  /** The state in words. */
  public static String state(JobState state, JobMessages m) {
    return switch (state) {
      case QUEUED -> m.job_state_queued();
      case RUNNING -> m.job_state_running();
      case SUCCEEDED -> m.job_state_succeeded();
      case FAILED -> m.job_state_failed();
      case CANCELLED -> m.job_state_cancelled();
    };
  }
}
