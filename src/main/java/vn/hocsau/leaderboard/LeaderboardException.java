package vn.hocsau.leaderboard;

/** A refused change to a learner's final selection; the resource shows it on the page. */
public class LeaderboardException extends RuntimeException {

  private final LeaderboardProblem problem;

  public LeaderboardException(LeaderboardProblem problem) {
    super(problem.name());
    this.problem = problem;
  }

  public LeaderboardProblem problem() {
    return problem;
  }
}
