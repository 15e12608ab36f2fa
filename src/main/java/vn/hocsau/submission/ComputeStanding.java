package vn.hocsau.submission;

/**
 * A learner's compute quota as the lab page shows it: sentences already in the learner's language,
 * so the page needs no knowledge of how quotas work.
 *
 * @param left what is left this week, e.g. "4.5 of 5 GPU hours left this week"
 * @param resets when the week resets
 * @param applyLabel the text of the link to apply for more hours
 * @param applyUrl where that link goes
 * @param exhausted whether nothing is left
 */
public record ComputeStanding(
    String left, String resets, String applyLabel, String applyUrl, boolean exhausted) {}
