package vn.hocsau.grading;

/**
 * What a predictions file holds, as in {@code docs/training-jobs.md} ("output"): the header is
 * {@code id,prediction} for labels and values, and {@code id,p0,…,p{k-1}} for probabilities.
 */
public enum PredictionFormat {
  /** A class index per row. */
  LABELS,
  /** One probability per class per row, each in [0, 1], summing to about 1. */
  PROBABILITIES,
  /** A real number per row (regression). */
  VALUES
}
