package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;

/** The share of items in their correct position. */
class OrderingGradingTest {

  /** Correct order: load, split, train, evaluate. */
  private static Ordering pipeline() {
    return new Ordering(
        List.of(
            new Option("load", BilingualText.of("Nạp dữ liệu", "Load data")),
            new Option("split", BilingualText.of("Chia tập", "Split")),
            new Option("train", BilingualText.of("Huấn luyện", "Train")),
            new Option("eval", BilingualText.of("Đánh giá", "Evaluate"))));
  }

  private static Credit order(String... ids) {
    return pipeline().credit(new Answer.Order(List.of(ids)));
  }

  @Test
  void rightOrderScoresOne() {
    assertEquals(1, order("load", "split", "train", "eval").fraction());
  }

  @Test
  void swappingTwoItemsLosesThoseTwo() {
    assertEquals(0.5, order("load", "split", "eval", "train").fraction());
  }

  @Test
  void shiftingEveryItemScoresZero() {
    assertEquals(0, order("split", "train", "eval", "load").fraction());
  }

  @Test
  void reversedOrderScoresZero() {
    assertEquals(0, order("eval", "train", "split", "load").fraction());
  }

  @Test
  void onlyPermutationsAreGraded() {
    assertEquals(Credit.problem(AnswerProblem.NOT_A_PERMUTATION), order("load", "split", "train"));
    assertEquals(
        Credit.problem(AnswerProblem.NOT_A_PERMUTATION), order("load", "load", "train", "eval"));
    assertEquals(
        Credit.problem(AnswerProblem.UNKNOWN_OPTION), order("load", "split", "train", "x"));
  }
}
