package vn.hocsau.quiz.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.NumberInput;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.QuestionType;
import vn.hocsau.quiz.SingleChoice;
import vn.hocsau.quiz.TextAnswer;
import vn.hocsau.system.i18n.Language;

/**
 * Reads a GIFT answer block into a question type, deciding the type as Moodle does: '#' first is
 * numeric; any '~' is a choice (one '=' single, no '=' multiple with weights); only '=' is short
 * answer.
 *
 * <p>GIFT options have no ids, so they get letters by position ("a", "b", ...): reordering options
 * in the file changes their ids, but fixing a typo does not.
 */
final class GiftTypeReader {

  private static final Pattern TRUE_FALSE =
      Pattern.compile("(?i)(t|f|true|false)\\s*(#.*)?", Pattern.DOTALL);

  private final GiftSource src;
  private final Language language;

  GiftTypeReader(GiftSource src, Language language) {
    this.src = src;
    this.language = language;
  }

  QuestionType read(int from, int to) {
    int start = src.skipSpace(from, to);
    int line = src.line(start);
    if (start == to) {
      throw new GiftSyntaxError(line, "empty answer block: essay questions are not supported");
    }
    try {
      if (src.find("#", start, start + 1) == start) {
        return numeric(start + 1, to, line);
      }
      if (src.find("~", start, to) < 0) {
        rejectUnsupported(start, to, line);
      }
      return choiceOrText(GiftAnswer.readAll(src, start, to), line);
    } catch (InvalidQuizException e) {
      throw new GiftSyntaxError(line, e.getMessage());
    }
  }

  private void rejectUnsupported(int start, int to, int line) {
    if (TRUE_FALSE.matcher(src.text(start, to)).matches()) {
      throw new GiftSyntaxError(
          line, "true/false questions are not supported: write {=True ~False} instead");
    }
    int arrow = src.find("->", start, to);
    if (arrow >= 0) {
      throw new GiftSyntaxError(src.line(arrow), "matching questions are not supported");
    }
  }

  private QuestionType choiceOrText(List<GiftAnswer> answers, int line) {
    List<GiftAnswer> right = answers.stream().filter(GiftAnswer::right).toList();
    if (right.size() == answers.size()) {
      return shortAnswer(answers);
    }
    if (right.size() > 1) {
      throw new GiftSyntaxError(
          right.get(1).line(),
          "a single-choice question has one '=' answer; for several right answers give every"
              + " answer a weight, such as ~%50%");
    }
    return right.isEmpty() ? multi(answers, line) : single(answers);
  }

  private TextAnswer shortAnswer(List<GiftAnswer> answers) {
    for (GiftAnswer answer : answers) {
      if (!answer.weightIs(100)) {
        throw new GiftSyntaxError(
            answer.line(), "partial credit in short answers is not supported");
      }
      rejectFeedback(answer);
    }
    return TextAnswer.accepting(answers.stream().map(GiftAnswer::text).toList(), false);
  }

  private SingleChoice single(List<GiftAnswer> answers) {
    String correct = null;
    for (int i = 0; i < answers.size(); i++) {
      GiftAnswer answer = answers.get(i);
      if (!answer.weightIs(answer.right() ? 100 : 0)) {
        throw new GiftSyntaxError(
            answer.line(),
            "weights in single-choice answers are not supported; for partial credit give every"
                + " answer a weight and no '='");
      }
      correct = answer.right() ? optionId(i) : correct;
    }
    return new SingleChoice(options(answers), correct);
  }

  private MultiChoice multi(List<GiftAnswer> answers, int line) {
    Set<String> correct = new LinkedHashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).positive()) {
        correct.add(optionId(i));
      }
    }
    if (correct.isEmpty()) {
      throw new GiftSyntaxError(
          line, "no right answer: use '=' for one, or positive weights such as ~%50% for several");
    }
    return new MultiChoice(options(answers), correct);
  }

  private List<Option> options(List<GiftAnswer> answers) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      GiftAnswer answer = answers.get(i);
      options.add(
          new Option(
              optionId(i),
              BilingualText.only(language, answer.text()),
              BilingualText.only(language, answer.feedback())));
    }
    return options;
  }

  /** "a" to "z", then "o27", "o28"... */
  static String optionId(int index) {
    return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
  }

  private Numeric numeric(int from, int to, int line) {
    if (src.find("~", from, to) >= 0) {
      throw new GiftSyntaxError(
          src.line(src.find("~", from, to)), "wrong numeric answers (~) are not supported");
    }
    if (src.find("=", from, to) < 0) {
      if (src.find("#", from, to) >= 0) {
        throw new GiftSyntaxError(line, "numeric feedback needs the {#=answer#feedback} form");
      }
      return numericRule(src.text(from, to), line);
    }
    List<GiftAnswer> answers = GiftAnswer.readAll(src, from, to);
    if (answers.size() > 1) {
      throw new GiftSyntaxError(answers.get(1).line(), "only one numeric answer is supported");
    }
    GiftAnswer answer = answers.get(0);
    if (!answer.weightIs(100)) {
      throw new GiftSyntaxError(
          answer.line(), "partial credit in numeric answers is not supported");
    }
    rejectFeedback(answer);
    return numericRule(answer.text(), answer.line());
  }

  private static Numeric numericRule(String text, int line) {
    int range = text.indexOf("..");
    if (range >= 0) {
      return Numeric.range(
          number(text.substring(0, range), line), number(text.substring(range + 2), line));
    }
    int colon = text.indexOf(':');
    if (colon >= 0) {
      return Numeric.absolute(
          number(text.substring(0, colon), line), number(text.substring(colon + 1), line));
    }
    return Numeric.absolute(number(text, line), BigDecimal.ZERO);
  }

  private static BigDecimal number(String text, int line) {
    return NumberInput.parse(text)
        .value()
        .orElseThrow(() -> new GiftSyntaxError(line, "'" + text.strip() + "' is not a number"));
  }

  private static void rejectFeedback(GiftAnswer answer) {
    if (!answer.feedback().isEmpty()) {
      throw new GiftSyntaxError(
          answer.line(),
          "per-answer feedback is only supported on choice answers; use '####' for general"
              + " feedback");
    }
  }
}
