package vn.hocsau.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One answer inside a GIFT answer block, as written: {@code =text}, {@code ~%50%text#feedback}.
 *
 * @param marker '=' (right) or '~' (other)
 * @param weight the {@code %n%} percentage, if written
 * @param text the answer text, escapes resolved and trimmed
 * @param feedback the {@code #feedback}, or "" when none
 * @param line where the answer starts
 */
record GiftAnswer(char marker, OptionalDouble weight, String text, String feedback, int line) {

  private static final Pattern WEIGHT = Pattern.compile("-?\\d{1,3}(\\.\\d+)?");

  boolean right() {
    return marker == '=';
  }

  /** Whether the weight is absent or exactly {@code expected}. */
  boolean weightIs(double expected) {
    return weight.isEmpty() || weight.getAsDouble() == expected;
  }

  /** Whether the weight gives credit: the rule for multiple-answer questions. */
  boolean positive() {
    return weight.isPresent() && weight.getAsDouble() > 0;
  }

  /** Reads the answers of [from, to), which must start with a marker. */
  static List<GiftAnswer> readAll(GiftSource src, int from, int to) {
    int start = src.skipSpace(from, to);
    int marker = src.findMarker(start, to);
    if (marker != start) {
      int end = marker < 0 ? to : marker;
      throw new GiftSyntaxError(
          src.line(start), "expected '=' or '~' before '" + src.text(start, end) + "'");
    }
    List<GiftAnswer> answers = new ArrayList<>();
    while (marker >= 0) {
      int next = src.findMarker(marker + 1, to);
      answers.add(read(src, marker, next < 0 ? to : next));
      marker = next;
    }
    return answers;
  }

  private static GiftAnswer read(GiftSource src, int marker, int end) {
    int line = src.line(marker);
    int p = src.skipSpace(marker + 1, end);
    OptionalDouble weight = OptionalDouble.empty();
    if (p < end && src.charAt(p) == '%') {
      int close = src.find("%", p + 1, end);
      if (close < 0) {
        throw new GiftSyntaxError(line, "the weight's '%' is never closed");
      }
      weight = OptionalDouble.of(weight(src.text(p + 1, close), line));
      p = close + 1;
    }
    int hash = src.find("#", p, end);
    String text = src.text(p, hash < 0 ? end : hash);
    if (text.isEmpty()) {
      throw new GiftSyntaxError(line, "empty answer after '" + src.charAt(marker) + "'");
    }
    String feedback = hash < 0 ? "" : src.text(hash + 1, end);
    return new GiftAnswer(src.charAt(marker), weight, text, feedback, line);
  }

  private static double weight(String text, int line) {
    if (!WEIGHT.matcher(text).matches()) {
      throw new GiftSyntaxError(line, "weight '" + text + "' is not a number");
    }
    double w = Double.parseDouble(text);
    if (w < -100 || w > 100) {
      throw new GiftSyntaxError(line, "weight " + text + "% is outside -100..100");
    }
    return w;
  }
}
