package vn.hocsau.leaderboard;

/** One line of a board as stored: rank, learner, the score that ranks, and their submissions. */
public record BoardRow(int rank, long userId, String name, double score, int submissions) {}
