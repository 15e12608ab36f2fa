package vn.hocsau.submission;

import java.time.Instant;

/**
 * One lab in the API's list.
 *
 * @param passMark the score a learner must reach to pass the lab; null when it has none
 * @param higherIsBetter whether a higher score is better for the lab's metric (rmse and logloss:
 *     lower), so a client can tell whether a score reaches the pass mark
 */
public record LabSummary(
    String course,
    String slug,
    String kind,
    String title,
    String metric,
    Instant deadline,
    Double passMark,
    boolean higherIsBetter) {}
