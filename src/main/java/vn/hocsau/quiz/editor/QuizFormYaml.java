package vn.hocsau.quiz.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hocsau.course.editor.CourseYaml;

/**
 * Writes the {@code questions:} entries of a {@code quiz.yaml} from questions as the form holds
 * them. Every text goes through {@link CourseYaml#quote}, so nothing typed in the form can add YAML
 * structure. Options and items keep their ids; ones added in the form get the first free letter.
 */
final class QuizFormYaml {

  private QuizFormYaml() {}

  /** The entries, indented by two spaces; each form must be free of problems. */
  static String questions(List<QuestionForm> questions) {
    StringBuilder y = new StringBuilder();
    questions.forEach(q -> question(y, q));
    return y.toString();
  }

  private static void question(StringBuilder y, QuestionForm q) {
    y.append("  - id: ").append(q.id()).append('\n');
    y.append("    type: ").append(q.type()).append('\n');
    y.append("    points: ").append(clean(q.points())).append('\n');
    y.append("    prompt: ").append(text(q.promptVi(), q.promptEn())).append('\n');
    y.append("    explanation: ").append(text(q.explanationVi(), q.explanationEn())).append('\n');
    switch (q.type()) {
      case "single", "multi" -> choices(y, "options", q.choices(), true);
      case "ordering" -> choices(y, "items", q.choices(), false);
      case "numeric" -> numeric(y, q);
      case "text" -> text(y, q);
      default -> throw new IllegalArgumentException("unknown question type " + q.type());
    }
  }

  private static void choices(
      StringBuilder y, String key, List<QuestionForm.Choice> choices, boolean withCorrect) {
    Set<String> used = new HashSet<>();
    choices.stream().map(QuestionForm.Choice::id).filter(id -> !id.isBlank()).forEach(used::add);
    y.append("    ").append(key).append(":\n");
    for (QuestionForm.Choice c : choices) {
      String id = c.id().isBlank() ? freeId(used) : c.id();
      y.append("      - {id: ").append(id).append(", text: ").append(text(c.vi(), c.en()));
      if (withCorrect && c.correct()) {
        y.append(", correct: true");
      }
      y.append("}\n");
    }
  }

  private static String freeId(Set<String> used) {
    for (int i = 0; ; i++) {
      String id = i < 26 ? String.valueOf((char) ('a' + i)) : "o" + i;
      if (used.add(id)) {
        return id;
      }
    }
  }

  private static void numeric(StringBuilder y, QuestionForm q) {
    if ("range".equals(q.mode())) {
      y.append("    range: [").append(clean(q.min())).append(", ").append(clean(q.max()));
      y.append("]\n");
      return;
    }
    y.append("    answer: ").append(clean(q.answer())).append('\n');
    if (!q.tolerance().isBlank()) {
      String key = "relative".equals(q.mode()) ? "relative_tolerance" : "tolerance";
      y.append("    ").append(key).append(": ").append(clean(q.tolerance())).append('\n');
    }
  }

  private static void text(StringBuilder y, QuestionForm q) {
    List<String> accepted = q.acceptedAnswers();
    if (!accepted.isEmpty()) {
      y.append("    accept: [")
          .append(String.join(", ", accepted.stream().map(CourseYaml::quote).toList()))
          .append("]\n");
    }
    if (!q.regex().isBlank()) {
      y.append("    regex: ").append(CourseYaml.quote(q.regex())).append('\n');
    }
    if (q.exact()) {
      y.append("    exact: true\n");
    }
  }

  /** A number checked by {@link QuestionFormProblem#number}, written plainly. */
  private static String clean(String number) {
    java.math.BigDecimal value = QuestionFormProblem.number(number);
    // A stored value the form would not accept (say 1e-40) is written as it was read.
    return value == null ? number.strip() : value.stripTrailingZeros().toPlainString();
  }

  private static String text(String vi, String en) {
    StringBuilder t = new StringBuilder("{");
    if (!vi.isBlank()) {
      t.append("vi: ").append(CourseYaml.quote(vi.strip()));
    }
    if (!en.isBlank()) {
      t.append(t.length() > 1 ? ", " : "").append("en: ").append(CourseYaml.quote(en.strip()));
    }
    return t.append('}').toString();
  }
}
