package vn.hocsau.leaderboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import vn.hocsau.grading.Metric;

/**
 * How boards rank, as plain logic: each learner's best score counts, in the metric's direction;
 * ties go to the earlier submission, then to the lower id; only scored submissions made by the
 * deadline rank. The SQL of {@link LeaderboardRepository} (and the trigger of V15) implements the
 * same rules at scale; {@code LeaderboardPagesTest} checks the two agree.
 */
public final class Ranking {

  private Ranking() {}

  /** Best first by public score: the order of the public board and of the fallback finals. */
  public static Comparator<Entry> byPublicScore(Metric metric) {
    return byScore(metric, Entry::publicScore);
  }

  /** Best first by private score. */
  public static Comparator<Entry> byPrivateScore(Metric metric) {
    return byScore(metric, Entry::privateScore);
  }

  private static Comparator<Entry> byScore(Metric metric, ToDoubleFunction<Entry> score) {
    Comparator<Entry> ascending = Comparator.comparingDouble(score);
    return (metric.higherIsBetter() ? ascending.reversed() : ascending)
        .thenComparing(Entry::createdAt)
        .thenComparingLong(Entry::id);
  }

  /** The public board: each learner ranked by their best public score. */
  public static List<Standing> publicBoard(List<Entry> all, Metric metric, Instant deadline) {
    Map<Long, List<Entry>> byUser = rankable(all, deadline);
    List<Entry> best = new ArrayList<>();
    byUser.values().forEach(mine -> best.add(mine.stream().min(byPublicScore(metric)).get()));
    return standings(best, byUser, byPublicScore(metric), Entry::publicScore);
  }

  /**
   * The private board: each learner ranked by the best private score among their final selections,
   * or, when they selected none, among their best public ones (see {@link FinalSelection}).
   */
  public static List<Standing> privateBoard(
      List<Entry> all, Metric metric, Instant deadline, int maxFinals) {
    Map<Long, List<Entry>> byUser = rankable(all, deadline);
    List<Entry> best = new ArrayList<>();
    for (List<Entry> mine : byUser.values()) {
      FinalSelection.effective(mine, metric, maxFinals, deadline).stream()
          .min(byPrivateScore(metric))
          .ifPresent(best::add);
    }
    return standings(best, byUser, byPrivateScore(metric), Entry::privateScore);
  }

  private static Map<Long, List<Entry>> rankable(List<Entry> all, Instant deadline) {
    return all.stream()
        .filter(e -> e.scored() && e.inTime(deadline))
        .collect(Collectors.groupingBy(Entry::userId, LinkedHashMap::new, Collectors.toList()));
  }

  private static List<Standing> standings(
      List<Entry> best,
      Map<Long, List<Entry>> byUser,
      Comparator<Entry> order,
      ToDoubleFunction<Entry> score) {
    List<Entry> sorted = best.stream().sorted(order).toList();
    List<Standing> result = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      result.add(
          new Standing(
              i + 1, e.userId(), e.id(), score.applyAsDouble(e), byUser.get(e.userId()).size()));
    }
    return result;
  }
}
