package vn.hocsau.runner.job;

/** Names of the files the trainer writes to {@code /out} (docs/training-jobs.md §3). */
public final class JobFiles {

  /** The predictions the runner uploads. */
  public static final String PREDICTIONS = "predictions.csv";

  /** The trainer's own verdict for learner-caused errors. */
  public static final String VERDICT = "verdict.json";

  /** The trainer's events, one JSON object per line. */
  public static final String EVENTS = "events.jsonl";

  /** Largest predictions file uploaded: the platform's output-max-bytes. */
  public static final long PREDICTIONS_MAX_BYTES = 8L << 20;

  /** Largest verdict file read. */
  public static final long VERDICT_MAX_BYTES = 64L << 10;

  private JobFiles() {}
}
