package vn.hocsau.grading;

/**
 * The scores of one valid predictions file.
 *
 * @param publicScore the metric over the public rows
 * @param privateScore the metric over the private rows
 * @param rows how many rows were scored
 */
public record Scores(double publicScore, double privateScore, int rows) {}
