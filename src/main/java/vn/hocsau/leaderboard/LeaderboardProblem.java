package vn.hocsau.leaderboard;

/** Why a change to the final selection is refused, each with its HTTP status and message. */
public enum LeaderboardProblem {
  /** Only scored submissions can be final. */
  FINAL_NOT_SCORED(409),
  /** The learner already has the lab's maximum of final selections. */
  FINAL_LIMIT_REACHED(409),
  /** After the deadline the final selection is fixed. */
  FINAL_AFTER_DEADLINE(409);

  private final int status;

  LeaderboardProblem(int status) {
    this.status = status;
  }

  /** The HTTP status of the refusal. */
  public int status() {
    return status;
  }

  /** The translated explanation; {@code max} is the lab's maximum of final selections. */
  public String message(LeaderboardMessages m, int max) {
    return switch (this) {
      case FINAL_NOT_SCORED -> m.board_final_not_scored();
      case FINAL_LIMIT_REACHED -> m.board_final_limit(max);
      case FINAL_AFTER_DEADLINE -> m.board_final_after_deadline();
    };
  }
}
