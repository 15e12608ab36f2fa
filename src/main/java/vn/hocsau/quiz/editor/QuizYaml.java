package vn.hocsau.quiz.editor;

import java.math.BigDecimal;
import java.util.List;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuizSettings;
import vn.hocsau.course.editor.CourseYaml;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.Ordering;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.SingleChoice;
import vn.hocsau.quiz.TextAnswer;

/**
 * Writes a {@code quiz.yaml} from quiz questions (for example those parsed from GIFT). Every id is
 * written, so options and items keep them when the file is edited later. Per-option feedback has no
 * place in {@code quiz.yaml} and is left out.
 */
final class QuizYaml {

  private QuizYaml() {}

  /** The whole file. */
  static String quiz(QuizSettings settings, List<Question> questions) {
    return settings(settings) + "questions:\n" + questions(questions);
  }

  /** The {@code settings:} block. */
  static String settings(QuizSettings settings) {
    StringBuilder y = new StringBuilder("settings:\n");
    y.append("  attempts: ")
        .append(settings.attempts().isPresent() ? settings.attempts().getAsInt() : "unlimited")
        .append('\n');
    // Files hold whole percents (the reader accepts no other), so 70.0 is written as 70.
    y.append("  pass_mark: ").append(Math.round(settings.passMark())).append('\n');
    y.append("  shuffle: ").append(settings.shuffle()).append('\n');
    y.append("  reveal_answers: ").append(settings.revealAnswers()).append('\n');
    return y.toString();
  }

  /** The entries of a {@code questions:} list, indented by two spaces. */
  static String questions(List<Question> questions) {
    StringBuilder y = new StringBuilder();
    questions.forEach(q -> question(y, q));
    return y.toString();
  }

  private static void question(StringBuilder y, Question q) {
    y.append("  - id: ").append(q.id()).append('\n');
    y.append("    type: ").append(q.type().code()).append('\n');
    y.append("    points: ").append(number(BigDecimal.valueOf(q.points()))).append('\n');
    y.append("    prompt: ").append(text(q.prompt())).append('\n');
    if (!q.explanation().isEmpty()) {
      y.append("    explanation: ").append(text(q.explanation())).append('\n');
    }
    // Java 17: no pattern matching in switch yet.
    if (q.type() instanceof SingleChoice s) {
      options(y, s.options(), List.of(s.correctOptionId()));
    } else if (q.type() instanceof MultiChoice m) {
      options(y, m.options(), List.copyOf(m.correctOptionIds()));
    } else if (q.type() instanceof Ordering o) {
      items(y, o.items());
    } else if (q.type() instanceof TextAnswer t) {
      textAnswer(y, t);
    } else if (q.type() instanceof Numeric n) {
      numeric(y, n);
    }
  }

  private static void options(StringBuilder y, List<Option> options, List<String> correct) {
    y.append("    options:\n");
    for (Option o : options) {
      y.append("      - {id: ").append(o.id()).append(", text: ").append(text(o.text()));
      if (correct.contains(o.id())) {
        y.append(", correct: true");
      }
      y.append("}\n");
    }
  }

  private static void items(StringBuilder y, List<Option> items) {
    y.append("    items:\n");
    for (Option o : items) {
      y.append("      - {id: ")
          .append(o.id())
          .append(", text: ")
          .append(text(o.text()))
          .append("}\n");
    }
  }

  private static void textAnswer(StringBuilder y, TextAnswer t) {
    if (!t.accepted().isEmpty()) {
      y.append("    accept: [")
          .append(String.join(", ", t.accepted().stream().map(CourseYaml::quote).toList()))
          .append("]\n");
    }
    t.pattern()
        .ifPresent(p -> y.append("    regex: ").append(CourseYaml.quote(p.source())).append('\n'));
    if (t.exact()) {
      y.append("    exact: true\n");
    }
  }

  private static void numeric(StringBuilder y, Numeric n) {
    if (n instanceof Numeric.Absolute a) {
      y.append("    answer: ").append(number(a.value())).append('\n');
      if (a.tolerance().signum() != 0) {
        y.append("    tolerance: ").append(number(a.tolerance())).append('\n');
      }
    } else if (n instanceof Numeric.Relative r) {
      y.append("    answer: ").append(number(r.value()));
      y.append("\n    relative_tolerance: ").append(number(r.fraction())).append('\n');
    } else if (n instanceof Numeric.Range r) {
      y.append("    range: [").append(number(r.min())).append(", ").append(number(r.max()));
      y.append("]\n");
    }
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** {@code {vi: "...", en: "..."}} with the languages that are written. */
  private static String text(BilingualText text) {
    StringBuilder t = new StringBuilder("{");
    if (!text.vi().isEmpty()) {
      t.append("vi: ").append(CourseYaml.quote(text.vi()));
    }
    if (!text.en().isEmpty()) {
      t.append(t.length() > 1 ? ", " : "").append("en: ").append(CourseYaml.quote(text.en()));
    }
    return t.append('}').toString();
  }
}
