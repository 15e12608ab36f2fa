package vn.hocsau.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocsau.system.i18n.Language;

/**
 * What a learner answered to one question, said back to them after grading.
 *
 * @param texts the chosen option texts (choice), the items in the order given (ordering), or the
 *     typed value; empty when the question was not answered
 * @param typed whether the texts are the learner's own typing (numeric, text) rather than the
 *     author's option texts, so a page shows them as plain text and never as math
 */
public record GivenAnswer(List<String> texts, boolean typed) {

  /** Copies the texts. */
  public GivenAnswer {
    texts = List.copyOf(texts);
  }

  /**
   * The answer given as {@code values} (the form values, as stored) to {@code question}. Option ids
   * the question does not have are left out; a typed number is written back in the language's
   * decimal separator ("0,5" in Vietnamese, "0.5" in English), so feedback reads one way.
   */
  public static GivenAnswer of(Question question, List<String> values, Language language) {
    QuestionType type = question.type();
    List<Option> options = options(type);
    if (options != null) {
      List<String> texts = new ArrayList<>();
      for (String id : values) {
        options.stream()
            .filter(o -> o.id().equals(id))
            .findFirst()
            .ifPresent(o -> texts.add(o.text().in(language)));
      }
      return new GivenAnswer(texts, false);
    }
    List<String> typed =
        values.isEmpty() || values.get(0).isBlank() ? List.of() : values.subList(0, 1);
    if (type instanceof Numeric && !typed.isEmpty()) {
      Optional<BigDecimal> value = NumberInput.parse(typed.get(0)).value();
      if (value.isPresent()) {
        return new GivenAnswer(List.of(Numbers.plain(value.get(), language)), true);
      }
    }
    return new GivenAnswer(typed, true);
  }

  private static List<Option> options(QuestionType type) {
    if (type instanceof SingleChoice single) {
      return single.options();
    } else if (type instanceof MultiChoice multi) {
      return multi.options();
    } else if (type instanceof Ordering ordering) {
      return ordering.items();
    }
    return null;
  }
}
