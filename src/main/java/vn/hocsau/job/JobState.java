package vn.hocsau.job;

/** Where a job is in its life: {@code QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED}. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  /** Whether the job is over; a finished job never changes again. */
  public boolean isFinished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
