package vn.hocsau.quiz.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facility and point-biserial discrimination against values computed by hand. */
class ItemStatisticsTest {

  @Test
  void pointBiserialMatchesTheHandComputedValue() {
    // Five attempts; the item is right in attempts 1, 2 and 4. Totals 9, 8, 6, 7, 5.
    // Right: mean M1 = (9+8+7)/3 = 8; wrong: M0 = (6+5)/2 = 5.5; p = 0.6, q = 0.4.
    // Population sd of totals: mean 7, squares 4+1+1+0+4 = 10, sd = sqrt(10/5) = sqrt(2).
    // r_pb = (M1 - M0) / sd * sqrt(p q) = 2.5 / 1.41421 * 0.48990 = 0.866025.
    ItemStatistics s =
        ItemStatistics.of(List.of(1.0, 1.0, 0.0, 1.0, 0.0), List.of(9.0, 8.0, 6.0, 7.0, 5.0));
    assertEquals(5, s.attempts());
    assertEquals(0.6, s.facility(), 1e-12);
    assertEquals(0.866025, s.discrimination().getAsDouble(), 1e-6);
    assertEquals(List.of(), s.flags());
  }

  @Test
  void aQuestionThatGoesAgainstTheTotalIsFlagged() {
    // Right only for the two weakest: M1 = 5.5, M0 = 8, p = 0.4 → r = -2.5 / sqrt(2) * 0.4899.
    // Twice the same five attempts: the same r, and enough attempts to flag.
    ItemStatistics s =
        ItemStatistics.of(
            twice(List.of(0.0, 0.0, 1.0, 0.0, 1.0)), twice(List.of(9.0, 8.0, 6.0, 7.0, 5.0)));
    assertEquals(-0.866025, s.discrimination().getAsDouble(), 1e-6);
    assertEquals(List.of(ItemStatistics.Flag.LOW_DISCRIMINATION), s.flags());
  }

  @Test
  void partialCreditUsesPearsonAndFacilityIsTheMeanShare() {
    // Item 0.5, 1, 0 with totals 2, 3, 1: perfectly linear, r = 1; facility 0.5.
    ItemStatistics s = ItemStatistics.of(List.of(0.5, 1.0, 0.0), List.of(2.0, 3.0, 1.0));
    assertEquals(0.5, s.facility(), 1e-12);
    assertEquals(1.0, s.discrimination().getAsDouble(), 1e-12);
  }

  @Test
  void everyoneRightIsTooEasyAndHasNoDiscrimination() {
    ItemStatistics s =
        ItemStatistics.of(
            twice(twice(List.of(1.0, 1.0, 1.0))), twice(twice(List.of(3.0, 2.0, 1.0))));
    assertEquals(1.0, s.facility());
    assertTrue(s.discrimination().isEmpty());
    assertEquals(List.of(ItemStatistics.Flag.TOO_EASY), s.flags());
  }

  @Test
  void almostNobodyRightIsTooHard() {
    ItemStatistics s =
        ItemStatistics.of(
            twice(List.of(1.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
            twice(List.of(6.0, 5.0, 4.0, 3.0, 2.0, 1.0)));
    assertTrue(s.flags().contains(ItemStatistics.Flag.TOO_HARD));
  }

  /** Issue 14: with few attempts one answer swings the figures; nothing is flagged below 10. */
  @Test
  void fewAttemptsShowTheFiguresButFlagNothing() {
    List<Double> nobody = java.util.Collections.nCopies(9, 0.0);
    List<Double> totals = java.util.stream.IntStream.range(0, 9).mapToObj(i -> (double) i).toList();
    ItemStatistics nine = ItemStatistics.of(nobody, totals);
    assertEquals(0.0, nine.facility());
    assertEquals(List.of(), nine.flags());
    List<Double> ten = new java.util.ArrayList<>(nobody);
    ten.add(0.0);
    List<Double> tenTotals = new java.util.ArrayList<>(totals);
    tenTotals.add(9.0);
    assertEquals(List.of(ItemStatistics.Flag.TOO_HARD), ItemStatistics.of(ten, tenTotals).flags());
  }

  private static List<Double> twice(List<Double> values) {
    List<Double> both = new java.util.ArrayList<>(values);
    both.addAll(values);
    return both;
  }

  @Test
  void noAttemptsNoFlags() {
    assertEquals(List.of(), ItemStatistics.of(List.of(), List.of()).flags());
  }
}
