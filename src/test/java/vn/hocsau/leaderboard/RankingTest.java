package vn.hocsau.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.grading.Metric;

class RankingTest {

  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final List<Entry> all = new ArrayList<>();

  private Entry add(long user, String status, Double pub, Double priv, int minute, boolean fin) {
    Entry e = new Entry(all.size() + 1, user, status, pub, priv, T0.plusSeconds(60L * minute), fin);
    all.add(e);
    return e;
  }

  private Entry scored(long user, double pub, double priv, int minute) {
    return add(user, "SCORED", pub, priv, minute, false);
  }

  private static List<Long> users(List<Standing> board) {
    return board.stream().map(Standing::userId).toList();
  }

  @Test
  void bestPublicScoreRanksHigherIsBetter() {
    scored(1, 0.70, 0.1, 0);
    scored(1, 0.90, 0.1, 1);
    scored(2, 0.80, 0.1, 2);
    scored(3, 0.95, 0.1, 3);
    List<Standing> board = Ranking.publicBoard(all, Metric.ACCURACY, null);
    assertEquals(List.of(3L, 1L, 2L), users(board));
    assertEquals(List.of(1, 2, 3), board.stream().map(Standing::rank).toList());
    assertEquals(0.90, board.get(1).score());
    assertEquals(2, board.get(1).submissions());
    assertEquals(2L, board.get(1).submissionId());
  }

  @Test
  void lowerIsBetterForErrorMetrics() {
    scored(1, 0.30, 0.1, 0);
    scored(2, 0.20, 0.1, 1);
    scored(2, 0.50, 0.1, 2);
    assertEquals(List.of(2L, 1L), users(Ranking.publicBoard(all, Metric.RMSE, null)));
    assertEquals(0.20, Ranking.publicBoard(all, Metric.LOG_LOSS, null).get(0).score());
  }

  @Test
  void tiesGoToTheEarlierSubmissionThenTheLowerId() {
    scored(1, 0.8, 0.1, 5);
    scored(2, 0.8, 0.1, 3);
    scored(3, 0.8, 0.1, 5); // same instant as user 1, higher id
    assertEquals(List.of(2L, 1L, 3L), users(Ranking.publicBoard(all, Metric.ACCURACY, null)));
  }

  @Test
  void aLearnersTieWithThemselvesKeepsTheEarlierSubmission() {
    scored(1, 0.8, 0.1, 5);
    scored(1, 0.8, 0.1, 2);
    assertEquals(2L, Ranking.publicBoard(all, Metric.ACCURACY, null).get(0).submissionId());
  }

  @Test
  void failedInvalidAndPendingNeverRank() {
    scored(1, 0.5, 0.1, 0);
    add(2, "FAILED", null, null, 1, false);
    add(3, "INVALID", null, null, 2, false);
    add(4, "PENDING", null, null, 3, false);
    add(1, "FAILED", null, null, 4, false);
    List<Standing> board = Ranking.publicBoard(all, Metric.ACCURACY, null);
    assertEquals(List.of(1L), users(board));
    assertEquals(1, board.get(0).submissions());
  }

  @Test
  void submissionsAfterTheDeadlineNeverAppear() {
    Instant deadline = T0.plusSeconds(60L * 10);
    scored(1, 0.5, 0.1, 0);
    scored(1, 0.99, 0.99, 11);
    scored(2, 0.9, 0.1, 10); // exactly at the deadline still counts
    scored(3, 0.9, 0.1, 12);
    List<Standing> board = Ranking.publicBoard(all, Metric.ACCURACY, deadline);
    assertEquals(List.of(2L, 1L), users(board));
    assertEquals(0.5, board.get(1).score());
  }

  @Test
  void privateBoardUsesTheBestPrivateScoreAmongTheFinals() {
    add(1, "SCORED", 0.90, 0.60, 0, true);
    add(1, "SCORED", 0.80, 0.95, 1, false); // not selected: its private score does not count
    add(1, "SCORED", 0.70, 0.70, 2, true);
    scored(2, 0.85, 0.80, 3);
    List<Standing> board = Ranking.privateBoard(all, Metric.ACCURACY, null, 2);
    assertEquals(List.of(2L, 1L), users(board));
    assertEquals(0.70, board.get(1).score());
    assertEquals(3L, board.get(1).submissionId());
  }

  @Test
  void withoutSelectionsTheBestPublicOnesCount() {
    scored(1, 0.90, 0.50, 0);
    scored(1, 0.85, 0.60, 1);
    scored(1, 0.80, 0.99, 2); // third best public: outside the fallback of two
    scored(2, 0.70, 0.55, 3);
    List<Standing> board = Ranking.privateBoard(all, Metric.ACCURACY, null, 2);
    assertEquals(List.of(1L, 2L), users(board));
    assertEquals(0.60, board.get(0).score());
  }

  @Test
  void privateBoardRespectsTheDirection() {
    scored(1, 0.2, 0.3, 0);
    scored(2, 0.3, 0.1, 1);
    assertEquals(List.of(2L, 1L), users(Ranking.privateBoard(all, Metric.MAE, null, 1)));
  }
}
