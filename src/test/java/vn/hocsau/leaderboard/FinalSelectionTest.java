package vn.hocsau.leaderboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.grading.Metric;

class FinalSelectionTest {

  static final Instant DEADLINE = Instant.parse("2026-03-01T17:00:00Z");
  static final Instant BEFORE = DEADLINE.minusSeconds(1);

  static Entry entry(long id, String status, Double pub, boolean selected) {
    return new Entry(
        id, 7, status, pub, pub == null ? null : pub, DEADLINE.minusSeconds(3600 - id), selected);
  }

  static LeaderboardProblem refusal(Runnable change) {
    return assertThrows(LeaderboardException.class, change::run).problem();
  }

  @Test
  void selectingUpToTheLimitIsAllowedAndOneMoreIsRefused() {
    Entry next = entry(3, "SCORED", 0.5, false);
    assertDoesNotThrow(() -> FinalSelection.checkChange(next, true, 1, 2, DEADLINE, BEFORE));
    assertEquals(
        LeaderboardProblem.FINAL_LIMIT_REACHED,
        refusal(() -> FinalSelection.checkChange(next, true, 2, 2, DEADLINE, BEFORE)));
  }

  @Test
  void unselectingIsAllowedAtTheLimit() {
    Entry selected = entry(3, "SCORED", 0.5, true);
    assertDoesNotThrow(() -> FinalSelection.checkChange(selected, false, 2, 2, DEADLINE, BEFORE));
    assertDoesNotThrow(() -> FinalSelection.checkChange(selected, true, 2, 2, DEADLINE, BEFORE));
  }

  @Test
  void onlyScoredSubmissionsMayBeFinal() {
    for (String status : List.of("PENDING", "FAILED", "INVALID")) {
      Entry e = entry(3, status, null, false);
      assertEquals(
          LeaderboardProblem.FINAL_NOT_SCORED,
          refusal(() -> FinalSelection.checkChange(e, true, 0, 2, DEADLINE, BEFORE)));
    }
  }

  @Test
  void nothingChangesFromTheDeadlineOn() {
    Entry e = entry(3, "SCORED", 0.5, true);
    assertEquals(
        LeaderboardProblem.FINAL_AFTER_DEADLINE,
        refusal(() -> FinalSelection.checkChange(e, false, 1, 2, DEADLINE, DEADLINE)));
    assertEquals(
        LeaderboardProblem.FINAL_AFTER_DEADLINE,
        refusal(
            () ->
                FinalSelection.checkChange(
                    entry(4, "SCORED", 0.6, false),
                    true,
                    0,
                    2,
                    DEADLINE,
                    DEADLINE.plusSeconds(9))));
  }

  @Test
  void withoutADeadlineSelectionsStayOpen() {
    assertDoesNotThrow(
        () ->
            FinalSelection.checkChange(
                entry(3, "SCORED", 0.5, false), true, 0, 2, null, Instant.MAX.minusSeconds(1)));
  }

  @Test
  void theSelectionCountsElseTheBestPublicOnes() {
    Entry a = entry(1, "SCORED", 0.9, false);
    Entry b = entry(2, "SCORED", 0.7, true);
    Entry c = entry(3, "SCORED", 0.8, false);
    Entry failed = entry(4, "FAILED", null, false);
    assertEquals(List.of(b), FinalSelection.effective(List.of(a, b, c), Metric.ACCURACY, 2, null));
    Entry b2 = entry(2, "SCORED", 0.7, false);
    assertEquals(
        List.of(a, c),
        FinalSelection.effective(List.of(failed, a, b2, c), Metric.ACCURACY, 2, null));
    assertEquals(List.of(b2, c), FinalSelection.effective(List.of(a, b2, c), Metric.RMSE, 2, null));
  }

  @Test
  void phasesFollowDeadlineAndReveal() {
    Instant reveal = DEADLINE.plusSeconds(3600);
    assertEquals(BoardPhase.OPEN, BoardPhase.at(BEFORE, DEADLINE, reveal));
    assertEquals(BoardPhase.FROZEN, BoardPhase.at(DEADLINE, DEADLINE, reveal));
    assertEquals(BoardPhase.REVEALED, BoardPhase.at(reveal, DEADLINE, reveal));
    // A reveal instant before the deadline waits for the deadline.
    assertEquals(BoardPhase.OPEN, BoardPhase.at(BEFORE, DEADLINE, BEFORE.minusSeconds(60)));
    // Without a deadline nothing is ever revealed; without a reveal instant neither.
    assertEquals(BoardPhase.OPEN, BoardPhase.at(reveal, null, BEFORE));
    assertEquals(BoardPhase.FROZEN, BoardPhase.at(reveal, DEADLINE, null));
  }
}
