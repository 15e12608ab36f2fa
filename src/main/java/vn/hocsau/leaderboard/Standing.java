package vn.hocsau.leaderboard;

/**
 * A learner's place on a board.
 *
 * @param rank 1 for the best; ranks are distinct, ties going to the earlier submission
 * @param submissionId the submission whose score ranks
 * @param submissions how many scored submissions the learner made by the deadline
 */
public record Standing(int rank, long userId, long submissionId, double score, int submissions) {}
