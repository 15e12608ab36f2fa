package vn.hocsau.quiz.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.hocsau.content.AnswerSource;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.system.i18n.Language;

/**
 * One quiz question as the instructor's form holds it: plain strings, so that a half-filled form
 * can be shown again with its problems. Fields that the question's type does not use stay blank.
 *
 * @param id the question's id; null for a question not saved yet
 * @param type the {@code type:} word ({@code single}, {@code multi}, {@code numeric}, {@code text},
 *     {@code ordering})
 * @param choices the options of a single or multi question, or the items of an ordering question in
 *     their correct order
 * @param mode for numeric: {@code absolute}, {@code relative} or {@code range}
 * @param accept for text: the accepted answers, one per line
 */
public record QuestionForm(
    String id,
    String type,
    String points,
    String promptVi,
    String promptEn,
    String explanationVi,
    String explanationEn,
    List<Choice> choices,
    String mode,
    String answer,
    String tolerance,
    String min,
    String max,
    String accept,
    String regex,
    boolean exact) {

  /** The question types the form knows, in the order the page offers them. */
  public static final List<String> TYPES =
      List.of("single", "multi", "numeric", "text", "ordering");

  /** An option or an ordering item; {@code id} is blank for one added in the form. */
  public record Choice(String id, String vi, String en, boolean correct) {}

  /** An empty question of {@code type}, with blank rows to fill in. */
  public static QuestionForm blank(String type) {
    List<Choice> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(new Choice("", "", "", false));
    }
    return new QuestionForm(
        null, type, "1", "", "", "", "", rows, "absolute", "", "", "", "", "", "", false);
  }

  /** The stored question, as the form shows it. */
  public static QuestionForm of(QuestionSource q) {
    List<Choice> choices = new ArrayList<>();
    String mode = "absolute";
    String answer = "";
    String tolerance = "";
    String min = "";
    String max = "";
    String accept = "";
    String regex = "";
    boolean exact = false;
    // Java 17: no pattern matching in switch yet.
    if (q.answer() instanceof AnswerSource.Choices c) {
      c.options().forEach(o -> choices.add(choice(o.id(), o.text(), o.correct())));
    } else if (q.answer() instanceof AnswerSource.Ordering o) {
      o.items().forEach(i -> choices.add(choice(i.id(), i.text(), false)));
    } else if (q.answer() instanceof AnswerSource.Numeric n) {
      mode = n.mode().name().toLowerCase(java.util.Locale.ROOT);
      if (n.mode() == AnswerSource.Numeric.Mode.RANGE) {
        min = number(n.min());
        max = number(n.max());
      } else {
        answer = number(n.answer());
        tolerance = number(n.tolerance());
      }
    } else if (q.answer() instanceof AnswerSource.Text t) {
      accept = String.join("\n", t.accepted());
      regex = t.regex().orElse("");
      exact = t.exact();
    }
    return new QuestionForm(
        q.id(),
        q.type().code(),
        number(q.points()),
        text(q.prompt(), Language.VI),
        text(q.prompt(), Language.EN),
        text(q.explanation(), Language.VI),
        text(q.explanation(), Language.EN),
        choices,
        mode,
        answer,
        tolerance,
        min,
        max,
        accept,
        regex,
        exact);
  }

  /** The same question with its choices and two blank rows for adding more. */
  public QuestionForm withBlankRows() {
    List<Choice> rows = new ArrayList<>(choices);
    rows.add(new Choice("", "", "", false));
    rows.add(new Choice("", "", "", false));
    return withChoices(rows);
  }

  /** The same question with {@code id}. */
  QuestionForm withId(String newId) {
    return new QuestionForm(
        newId,
        type,
        points,
        promptVi,
        promptEn,
        explanationVi,
        explanationEn,
        choices,
        mode,
        answer,
        tolerance,
        min,
        max,
        accept,
        regex,
        exact);
  }

  private QuestionForm withChoices(List<Choice> rows) {
    return new QuestionForm(
        id,
        type,
        points,
        promptVi,
        promptEn,
        explanationVi,
        explanationEn,
        rows,
        mode,
        answer,
        tolerance,
        min,
        max,
        accept,
        regex,
        exact);
  }

  /** Whether the form is for a choice question (single or multi). */
  public boolean isChoice() {
    return "single".equals(type) || "multi".equals(type);
  }

  /** The accepted answers of a text question, without blank lines. */
  List<String> acceptedAnswers() {
    return accept.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The prompt in {@code language}, else in the other one: for the list of questions. */
  public String promptIn(String language) {
    String first = "en".equals(language) ? promptEn : promptVi;
    return first.isBlank() ? ("en".equals(language) ? promptVi : promptEn) : first;
  }

  private static Choice choice(String id, BilingualText text, boolean correct) {
    return new Choice(id, text(text, Language.VI), text(text, Language.EN), correct);
  }

  private static String text(BilingualText text, Language language) {
    return text.written(language).orElse("");
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
