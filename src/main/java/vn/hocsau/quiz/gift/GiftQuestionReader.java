package vn.hocsau.quiz.gift;

import java.util.List;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.quiz.AccentFolding;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.QuestionType;
import vn.hocsau.system.i18n.Language;

/**
 * Reads one GIFT question: {@code ::title:: [format] prompt {answers ####explanation} rest}. The
 * answer block is handed to {@link GiftTypeReader}.
 */
final class GiftQuestionReader {

  private static final List<String> FORMATS =
      List.of("[markdown]", "[html]", "[plain]", "[moodle]");
  static final String BLANK = "_____";

  private final GiftSource src;
  private final Language language;

  GiftQuestionReader(GiftSource src, Language language) {
    this.src = src;
    this.language = language;
  }

  /** The question; {@code number} (1-based) names it when it has no title. */
  Question read(int number) {
    int end = src.length();
    int pos = src.skipSpace(0, end);
    String title = null;
    if (src.find("::", pos, pos + 2) == pos) {
      int close = src.find("::", pos + 2, end);
      if (close < 0) {
        throw new GiftSyntaxError(src.line(pos), "the title's '::' is never closed");
      }
      title = src.text(pos + 2, close);
      pos = close + 2;
    }
    pos = skipFormat(src.skipSpace(pos, end));
    int open = blockStart(pos, end);
    int close = blockEnd(open, end);
    int explanationAt = src.find("####", open + 1, close);
    int answersEnd = explanationAt < 0 ? close : explanationAt;
    QuestionType type = new GiftTypeReader(src, language).read(open + 1, answersEnd);
    String explanation = explanationAt < 0 ? "" : src.text(explanationAt + 4, close);
    try {
      return new Question(
          id(title, number, src.line(0)),
          BilingualText.only(language, prompt(src.text(pos, open), src.text(close + 1, end))),
          BilingualText.only(language, explanation),
          type);
    } catch (InvalidQuizException e) {
      throw new GiftSyntaxError(src.line(0), e.getMessage());
    }
  }

  private int skipFormat(int pos) {
    for (String format : FORMATS) {
      if (src.find(format, pos, pos + format.length()) == pos) {
        return pos + format.length();
      }
    }
    return pos;
  }

  private int blockStart(int pos, int end) {
    int open = src.find("{", pos, end);
    if (open < 0) {
      throw new GiftSyntaxError(
          src.line(pos), "no answer block '{...}': descriptions are not supported");
    }
    int strayClose = src.find("}", pos, open);
    if (strayClose >= 0) {
      throw new GiftSyntaxError(src.line(strayClose), "'}' without '{' (write \\} for a brace)");
    }
    return open;
  }

  private int blockEnd(int open, int end) {
    int close = src.find("}", open + 1, end);
    int nested = src.find("{", open + 1, close < 0 ? end : close);
    if (close < 0 || nested >= 0) {
      throw new GiftSyntaxError(src.line(open), "'{' is never closed");
    }
    int another = src.find("{", close + 1, end);
    if (another >= 0) {
      throw new GiftSyntaxError(
          src.line(another),
          "a second '{': one answer block per question; write \\{ and \\} for braces in text"
              + " such as LaTeX");
    }
    return close;
  }

  // Moodle's "missing word" form: text after the block means the block was a blank in the prompt.
  private static String prompt(String before, String after) {
    if (after.isEmpty()) {
      return before;
    }
    return before.isEmpty() ? BLANK + " " + after : before + " " + BLANK + " " + after;
  }

  private String id(String title, int number, int line) {
    if (title == null || title.isBlank()) {
      return "q" + number;
    }
    if (Question.isValidId(title)) {
      return title;
    }
    String slug = AccentFolding.slug(title);
    slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    if (slug.isEmpty()) {
      throw new GiftSyntaxError(line, "the title '" + title + "' gives no usable question id");
    }
    return slug;
  }
}
