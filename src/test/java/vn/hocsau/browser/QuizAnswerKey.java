package vn.hocsau.browser;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocsau.content.AnswerSource;
import vn.hocsau.content.QuestionSource;

/**
 * What a learner who knows the right answers puts into a quiz form, worked out from the question as
 * the platform's own reader read it from {@code quiz.yaml}: the correct options, the items in their
 * right order, a number inside the tolerance written with the Vietnamese decimal comma, and the
 * first accepted text (for a question that only has a pattern, the term the Vietnamese explanation
 * sets in bold, which is what a reader of the lesson would type).
 */
final class QuizAnswerKey {

  private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

  private QuizAnswerKey() {}

  /** The ids of the options to tick: the correct ones. */
  static List<String> choices(QuestionSource question) {
    return ((AnswerSource.Choices) question.answer())
        .options().stream()
            .filter(AnswerSource.Option::correct)
            .map(AnswerSource.Option::id)
            .toList();
  }

  /** The item ids in their right order, one per position. */
  static List<String> order(QuestionSource question) {
    return ((AnswerSource.Ordering) question.answer())
        .items().stream().map(AnswerSource.Item::id).toList();
  }

  /** What to type in a numeric or text question's field. */
  static String typed(QuestionSource question) {
    if (question.answer() instanceof AnswerSource.Numeric n) {
      return number(n);
    }
    if (question.answer() instanceof AnswerSource.Text t) {
      return text(question, t);
    }
    throw new IllegalArgumentException(question.id() + " has no typed answer");
  }

  /**
   * Half way to the edge of the accepted interval, so the grader's tolerance is tested and not only
   * its exact match; the middle of a range. Written as a Vietnamese learner would: "0,7315".
   */
  private static String number(AnswerSource.Numeric n) {
    BigDecimal answer = BigDecimal.valueOf(n.answer());
    BigDecimal tolerance = BigDecimal.valueOf(n.tolerance());
    BigDecimal half = new BigDecimal("0.5");
    BigDecimal value =
        switch (n.mode()) {
          case ABSOLUTE -> answer.add(tolerance.multiply(half));
          case RELATIVE -> answer.add(answer.abs().multiply(tolerance).multiply(half));
          case RANGE -> answer;
        };
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String text(QuestionSource question, AnswerSource.Text t) {
    if (!t.accepted().isEmpty()) {
      return t.accepted().get(0);
    }
    Matcher bold = BOLD.matcher(question.explanation().vi());
    if (!bold.find()) {
      throw new IllegalArgumentException(
          question.id() + ": a pattern-only answer, and no term in bold in the explanation");
    }
    return bold.group(1);
  }
}
