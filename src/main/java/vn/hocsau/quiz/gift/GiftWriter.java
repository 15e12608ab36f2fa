package vn.hocsau.quiz.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.hocsau.content.BilingualText;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.SingleChoice;
import vn.hocsau.quiz.TextAnswer;
import vn.hocsau.system.i18n.Language;

/**
 * Exports questions to Moodle's GIFT format, in one language; {@link GiftParser} reads the result
 * back to the same questions.
 *
 * <p>What GIFT cannot say is written as a {@code //} comment instead of failing the export:
 * ordering questions and pattern-only text questions are skipped, and points other than 1, exact
 * text matching and dropped patterns are noted. A relative tolerance becomes the equivalent
 * absolute one. Multiple answers get the weights of HọcSâu's rule: {@code 100/K}% for each of the K
 * right options and {@code -100/W}% for each of the W wrong ones. Prompts are marked {@code
 * [markdown]}, which they are.
 */
public final class GiftWriter {

  private final Language language;

  /** A writer taking each text in {@code language} (falling back to the other). */
  public GiftWriter(Language language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /** The GIFT text of {@code questions}, separated by blank lines. */
  public String write(List<Question> questions) {
    StringBuilder out = new StringBuilder();
    for (Question question : questions) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      write(question, out);
    }
    return out.toString();
  }

  private void write(Question question, StringBuilder out) {
    String block = block(question, out);
    if (block == null) {
      return;
    }
    if (question.points() != 1) {
      out.append("// worth ").append(number(question.points())).append(" points in HọcSâu\n");
    }
    out.append("::").append(question.id()).append("::[markdown]");
    out.append(escape(text(question.prompt()))).append(" {").append(block);
    if (!question.explanation().isEmpty()) {
      out.append(block.endsWith("\n") ? "" : "\n");
      out.append("\t####").append(escape(text(question.explanation()))).append('\n');
    }
    out.append("}\n");
  }

  /** The answer lines, or null (after a comment) when GIFT cannot hold the question. */
  private String block(Question question, StringBuilder out) {
    if (question.type() instanceof SingleChoice single) {
      return choices(single.options(), o -> o.id().equals(single.correctOptionId()) ? "=" : "~");
    } else if (question.type() instanceof MultiChoice multi) {
      return choices(multi.options(), o -> weight(multi, o));
    } else if (question.type() instanceof Numeric numeric) {
      return "#" + numeric(numeric);
    } else if (question.type() instanceof TextAnswer text) {
      return text(question.id(), text, out);
    }
    out.append("// skipped question '").append(question.id());
    out.append("': ordering questions have no GIFT form\n");
    return null;
  }

  private String choices(List<Option> options, Function<Option, String> mark) {
    StringBuilder block = new StringBuilder("\n");
    for (Option option : options) {
      block.append('\t').append(mark.apply(option)).append(escape(text(option.text())));
      if (!option.feedback().isEmpty()) {
        block.append('#').append(escape(text(option.feedback())));
      }
      block.append('\n');
    }
    return block.toString();
  }

  private static String weight(MultiChoice multi, Option option) {
    int right = multi.correctOptionIds().size();
    int wrong = multi.options().size() - right;
    return multi.isCorrect(option.id())
        ? "~%" + percent(right) + "%"
        : "~%-" + percent(wrong) + "%";
  }

  // 100/3 is written 33.33333, one of the weights Moodle offers.
  private static String percent(int parts) {
    return new BigDecimal(100)
        .divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String numeric(Numeric numeric) {
    if (numeric instanceof Numeric.Range range) {
      return plain(range.min()) + ".." + plain(range.max());
    }
    BigDecimal value;
    BigDecimal tolerance;
    if (numeric instanceof Numeric.Absolute absolute) {
      value = absolute.value();
      tolerance = absolute.tolerance();
    } else {
      Numeric.Relative relative = (Numeric.Relative) numeric;
      value = relative.value();
      tolerance = relative.value().abs().multiply(relative.fraction());
    }
    return tolerance.signum() == 0 ? plain(value) : plain(value) + ":" + plain(tolerance);
  }

  private String text(String id, TextAnswer text, StringBuilder out) {
    if (text.accepted().isEmpty()) {
      out.append("// skipped question '").append(id);
      out.append("': a text answer given only by a pattern has no GIFT form\n");
      return null;
    }
    if (text.pattern().isPresent()) {
      out.append("// the pattern of '").append(id).append("' is not exported\n");
    }
    if (text.exact()) {
      out.append("// '").append(id).append("' matches case and accents exactly in HọcSâu\n");
    }
    StringBuilder block = new StringBuilder("\n");
    text.accepted().forEach(a -> block.append("\t=").append(escape(a)).append('\n'));
    return block.toString();
  }

  private String text(BilingualText text) {
    return text.in(language);
  }

  /**
   * Escapes GIFT's special characters and newlines. A backslash is doubled only where it would
   * otherwise start an escape, so LaTeX such as {@code \frac} stays readable.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\\') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\\';
        out.append(next == 'n' || GiftSource.ESCAPABLE.indexOf(next) >= 0 ? "\\\\" : "\\");
      } else if (c != '\r') {
        out.append(GiftSource.ESCAPABLE.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
