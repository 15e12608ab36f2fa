package vn.hocsau.submission;

/**
 * Where a submission stands. Stored by name in {@code lab_submission.status}, which SQL (the board
 * triggers and functions, partial indexes, the leaderboard's queries) compares with these names:
 * renaming a constant needs a migration.
 */
public enum SubmissionStatus {
  /** Waiting for its training job. */
  PENDING,
  /** Both scores are known. */
  SCORED,
  /** The learner's file was refused by validation: not charged. */
  INVALID,
  /** Its training job or the scoring of the job's predictions failed. */
  FAILED
}
