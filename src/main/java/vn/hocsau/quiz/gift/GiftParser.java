package vn.hocsau.quiz.gift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hocsau.quiz.Question;
import vn.hocsau.system.i18n.Language;

/**
 * Imports questions from Moodle's GIFT format, so instructors can bring existing question banks.
 *
 * <p>Supported: single choice ({@code {=right ~wrong}}), multiple answers with weights ({@code
 * {~%50%a ~%50%b ~%-100%c}}; positive weight means right, and HọcSâu's own partial-credit rule then
 * applies, see {@link vn.hocsau.quiz.MultiChoice}), numeric ({@code {#3.14:0.01}}, {@code {#1..2}},
 * {@code {#=3.14:0.01}}), short answer ({@code {=ans1 =ans2}}, case- and accent-insensitive),
 * titles ({@code ::id::}), {@code //} comment lines, {@code $CATEGORY} lines (ignored), format
 * markers such as {@code [markdown]} (dropped), escapes ({@code \~ \= \# \{ \} \: \\ \n}),
 * per-answer feedback ({@code #text}) on choice answers, and general feedback ({@code ####text}),
 * which becomes the explanation. Text after the answer block makes a "missing word" prompt with a
 * {@code _____} blank.
 *
 * <p>Questions are separated by blank lines. The title becomes the question id, slugified when it
 * is not a valid id ("Câu 1: Học sâu" → "cau-1-hoc-sau"); untitled questions get "q1", "q2"... by
 * position. GIFT has no points, so each question is worth 1. Text goes into the one language the
 * file is written in; the other falls back to it.
 *
 * <p>Not supported, each with its own error: true/false, matching, essay, description, partial
 * credit in single choice, short or numeric answers, and several numeric answers.
 */
public final class GiftParser {

  private final Language language;

  /** A parser for files written in {@code language}. */
  public GiftParser(Language language) {
    this.language = Objects.requireNonNull(language, "language");
  }

  /**
   * The questions of {@code gift}, in file order.
   *
   * @throws GiftException listing every problem as {@code line N: message}; nothing is imported
   */
  public List<Question> parse(String gift) {
    List<Question> questions = new ArrayList<>();
    List<GiftError> errors = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<List<GiftSource.Line>> chunks = chunks(gift);
    for (int i = 0; i < chunks.size(); i++) {
      List<GiftSource.Line> chunk = chunks.get(i);
      int line = chunk.get(0).number();
      try {
        Question question = new GiftQuestionReader(GiftSource.of(chunk), language).read(i + 1);
        Integer earlier = firstLine.putIfAbsent(question.id(), line);
        if (earlier != null) {
          errors.add(
              new GiftError(
                  line,
                  "duplicate question id '" + question.id() + "' (first on line " + earlier + ")"));
        }
        questions.add(question);
      } catch (GiftSyntaxError e) {
        errors.add(e.toError());
      }
    }
    if (!errors.isEmpty()) {
      throw new GiftException(errors);
    }
    return questions;
  }

  /** Splits the file into questions at blank lines, dropping comments and category lines. */
  private static List<List<GiftSource.Line>> chunks(String gift) {
    String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<List<GiftSource.Line>> chunks = new ArrayList<>();
    List<GiftSource.Line> current = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].strip();
      if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:")) {
        continue;
      }
      if (trimmed.isEmpty()) {
        if (!current.isEmpty()) {
          chunks.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      current.add(new GiftSource.Line(i + 1, lines[i]));
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }
}
