package vn.hocsau.submission;

/**
 * One lab in a learner's gradebook.
 *
 * @param best the best public score, formatted, or null before any scored submission
 * @param passed whether the learner passed it (a {@code lab_result} row)
 * @param graded whether it can be passed at all: a lab with a pass mark; a competition or a lab
 *     without one shows its score and no "not passed"
 */
public record LabGrade(String path, String title, String best, boolean passed, boolean graded) {}
