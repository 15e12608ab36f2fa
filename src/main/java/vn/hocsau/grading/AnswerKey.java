package vn.hocsau.grading;

import java.util.List;

/**
 * The hidden truth of a test split: what predictions are scored against. It lives only in the
 * platform (the {@code lab} feature loads it from its private storage) and is never sent to a
 * browser or a runner.
 *
 * @param ids the test ids in row order; each appears once
 * @param targets the true class index (classification) or value (regression) of each row
 * @param publicRows whether each row belongs to the public split (the rest are private)
 * @param numClasses the number of classes, or 0 for regression
 */
public record AnswerKey(List<String> ids, double[] targets, boolean[] publicRows, int numClasses) {

  public AnswerKey {
    if (ids.size() != targets.length || ids.size() != publicRows.length) {
      throw new IllegalArgumentException("ids, targets and publicRows differ in length");
    }
  }

  public int size() {
    return targets.length;
  }
}
