package vn.hocsau.quiz;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner submitted for one question. Each question type expects one kind; any other kind
 * scores 0 with {@link AnswerProblem#WRONG_KIND}.
 */
public sealed interface Answer {

  /** The chosen option of a {@link SingleChoice}. */
  record Choice(String optionId) implements Answer {
    /** Requires an id. */
    public Choice {
      Objects.requireNonNull(optionId, "optionId");
    }
  }

  /** The chosen options of a {@link MultiChoice}; an empty set is a valid "none of them". */
  record Choices(Set<String> optionIds) implements Answer {
    /** Copies the ids, keeping their order for stable output. */
    public Choices {
      optionIds.forEach(id -> Objects.requireNonNull(id, "optionIds"));
      optionIds = Collections.unmodifiableSet(new LinkedHashSet<>(optionIds));
    }
  }

  /** The raw input for a {@link Numeric} question, parsed by {@link NumberInput} when graded. */
  record Number(String input) implements Answer {}

  /** The raw input for a {@link TextAnswer} question. */
  record Text(String input) implements Answer {}

  /** The item ids of an {@link Ordering} question, first to last. */
  record Order(List<String> itemIds) implements Answer {
    /** Copies the ids. */
    public Order {
      itemIds = List.copyOf(itemIds);
    }
  }
}
