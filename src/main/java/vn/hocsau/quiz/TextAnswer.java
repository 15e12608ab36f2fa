package vn.hocsau.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuestionKind;

/**
 * A short text to type in, accepted when it equals one of the accepted answers or matches the
 * pattern (either is enough when both are given).
 *
 * <p>Unless {@code exact}, comparison ignores case and Vietnamese accents ("Học Sâu" = "hoc sau")
 * as {@link AccentFolding#fold} does. With {@code exact}, case and accents count; in both modes the
 * text is NFC-normalised, trimmed and runs of spaces are collapsed, since no author means to grade
 * keyboard differences or a stray double space.
 *
 * @param accepted answers accepted as they are (after the normalisation above); may be empty when
 *     there is a pattern
 * @param pattern an optional regular expression that must match the whole answer
 * @param exact whether case and accents count
 */
public record TextAnswer(List<String> accepted, Optional<AnswerPattern> pattern, boolean exact)
    implements QuestionType {

  /** Longer answers are refused: no real answer is that long, and it bounds regex work. */
  public static final int MAX_LENGTH = 500;

  /** Requires at least one accepted answer or a pattern; blank answers are refused. */
  public TextAnswer {
    accepted = List.copyOf(accepted);
    Objects.requireNonNull(pattern, "pattern");
    if (accepted.isEmpty() && pattern.isEmpty()) {
      throw new InvalidQuizException("a text question needs accepted answers or a pattern");
    }
    if (accepted.stream().anyMatch(String::isBlank)) {
      throw new InvalidQuizException("a text question's accepted answers must not be blank");
    }
  }

  /** Accepts any of {@code answers}. */
  public static TextAnswer accepting(List<String> answers, boolean exact) {
    return new TextAnswer(answers, Optional.empty(), exact);
  }

  /** Accepts what matches {@code regex} as a whole; see {@link AnswerPattern}. */
  public static TextAnswer matching(String regex, boolean exact) {
    return new TextAnswer(List.of(), Optional.of(AnswerPattern.of(regex)), exact);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.TEXT;
  }

  @Override
  public Credit credit(Answer answer) {
    if (!(answer instanceof Answer.Text text)) {
      return Credit.problem(AnswerProblem.WRONG_KIND);
    }
    String input = text.input() == null ? "" : text.input();
    if (input.length() > MAX_LENGTH) {
      return Credit.problem(AnswerProblem.TOO_LONG);
    }
    String given = normalise(input);
    if (!given.isEmpty() && accepted.stream().map(this::normalise).anyMatch(given::equals)) {
      return Credit.of(1);
    }
    return pattern.map(p -> p.match(given, exact)).orElse(Credit.of(0));
  }

  private String normalise(String text) {
    if (!exact) {
      return AccentFolding.fold(text);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
