package vn.hocsau.quiz;

import java.util.List;
import java.util.Objects;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;

/**
 * One option of a choice question, or one item of an ordering question.
 *
 * <p>The id is what the browser sends back, so grading never depends on display order. It reaches
 * the browser: it must not hint at the answer ("correct", "step-1"...).
 *
 * @param id stable id, unique within its question (see {@link Question} for the id rule)
 * @param text what the learner sees
 * @param feedback shown after grading when this option was chosen; {@link BilingualText#NONE} if
 *     none
 */
public record Option(String id, BilingualText text, BilingualText feedback) {

  /** Validates the id and requires some text. */
  public Option {
    Ids.require(id, "option");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new InvalidQuizException("option '" + id + "' has no text");
    }
    feedback = feedback == null ? BilingualText.NONE : feedback;
  }

  /** An option without feedback of its own. */
  public Option(String id, BilingualText text) {
    this(id, text, BilingualText.NONE);
  }

  /** Copies {@code options}, requiring at least {@code min} of them, with unique ids. */
  static List<Option> requireList(List<Option> options, int min, String what) {
    List<Option> copy = List.copyOf(Objects.requireNonNull(options, what));
    if (copy.size() < min) {
      throw new InvalidQuizException(what + " needs at least " + min + ", got " + copy.size());
    }
    Ids.requireUnique(copy, Option::id, "option");
    return copy;
  }

  /** Whether {@code options} has one with {@code id}. */
  static boolean contains(List<Option> options, String id) {
    return options.stream().anyMatch(o -> o.id().equals(id));
  }
}
