package vn.hocsau.quiz;

import java.util.HashSet;
import java.util.List;
import vn.hocsau.content.QuestionKind;

/**
 * Items to put in order. The score is the share of items in their correct position: simple to
 * explain to a learner ("3 of 5 in the right place"), unlike a rank correlation. One item shifted
 * from the front to the back therefore scores 0 even though the rest keep their relative order;
 * authors wanting softer credit should keep lists short.
 *
 * @param items at least two, in the correct order; the presenter always shuffles them
 */
public record Ordering(List<Option> items) implements QuestionType {

  /** Requires two or more items with unique ids. */
  public Ordering {
    items = Option.requireList(items, 2, "an ordering question's items");
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.ORDERING;
  }

  @Override
  public Credit credit(Answer answer) {
    if (!(answer instanceof Answer.Order order)) {
      return Credit.problem(AnswerProblem.WRONG_KIND);
    }
    List<String> given = order.itemIds();
    if (given.stream().anyMatch(id -> !Option.contains(items, id))) {
      return Credit.problem(AnswerProblem.UNKNOWN_OPTION);
    }
    if (given.size() != items.size() || new HashSet<>(given).size() != items.size()) {
      return Credit.problem(AnswerProblem.NOT_A_PERMUTATION);
    }
    int inPlace = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(given.get(i))) {
        inPlace++;
      }
    }
    return Credit.of((double) inPlace / items.size());
  }
}
