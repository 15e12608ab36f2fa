package vn.hocsau.leaderboard;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/** A refused change to a learner's final selection; the resource shows it on the page. */
public class LeaderboardException extends DomainException {

  private final LeaderboardProblem problem;
  private final int maxFinals;

  /** Refuses the change because of {@code problem}; {@code maxFinals} is the lab's maximum. */
  public LeaderboardException(LeaderboardProblem problem, int maxFinals) {
    super(problem.name());
    this.problem = problem;
    this.maxFinals = maxFinals;
  }

  /** Why the change was refused. */
  public LeaderboardProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem.status();
  }

  @Override
  public String message(Language language) {
    return problem.message(Bundles.in(language, LeaderboardMessages.class), maxFinals);
  }
}
