package vn.hocsau.leaderboard;

import java.time.Instant;
import java.util.List;
import vn.hocsau.grading.Metric;

/**
 * The rules of final selections: a learner marks up to N scored submissions (the lab's {@code
 * max_final_selections}) as final before the deadline; the private board ranks them by their best
 * private score. A learner who selects none is judged on their N best public submissions, as on
 * Kaggle, so forgetting to choose never costs a place.
 */
public final class FinalSelection {

  private FinalSelection() {}

  /** The submissions that count for the private board, from one learner's submissions. */
  public static List<Entry> effective(List<Entry> mine, Metric metric, int max, Instant deadline) {
    List<Entry> rankable = mine.stream().filter(e -> e.scored() && e.inTime(deadline)).toList();
    List<Entry> selected = rankable.stream().filter(Entry::selectedFinal).toList();
    if (!selected.isEmpty()) {
      return selected;
    }
    return rankable.stream().sorted(Ranking.byPublicScore(metric)).limit(max).toList();
  }

  /**
   * Checks that {@code target} may be selected ({@code select}) or unselected at {@code now}.
   * Unselecting is always allowed before the deadline; selecting again what is already selected
   * changes nothing and is allowed too.
   *
   * @param selectedNow how many of the learner's submissions are selected now
   * @throws LeaderboardException when the change is refused
   */
  public static void checkChange(
      Entry target, boolean select, int selectedNow, int max, Instant deadline, Instant now) {
    if (deadline != null && !now.isBefore(deadline)) {
      throw new LeaderboardException(LeaderboardProblem.FINAL_AFTER_DEADLINE, max);
    }
    if (!select || target.selectedFinal()) {
      return;
    }
    if (!target.scored()) {
      throw new LeaderboardException(LeaderboardProblem.FINAL_NOT_SCORED, max);
    }
    if (selectedNow >= max) {
      throw new LeaderboardException(LeaderboardProblem.FINAL_LIMIT_REACHED, max);
    }
  }
}
