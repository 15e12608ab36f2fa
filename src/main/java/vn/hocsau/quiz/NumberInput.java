package vn.hocsau.quiz;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hocsau.content.InvalidQuizException;

/**
 * Reads a number the way learners type it, in Vietnamese or English.
 *
 * <p>Both "0,5" (Vietnamese decimal comma) and "0.5" mean one half. Because "1.000" means a
 * thousand in Vietnamese but one in English, thousands separators are not guessed: a number may
 * hold at most one '.' or ',' and it is always the decimal separator. Spaces (including the thin
 * and no-break spaces some keyboards insert) may group digits: "1 000 000". An exponent ("1e-3")
 * and a Unicode minus ("−2") are accepted.
 *
 * <p>Numbers are kept as {@link BigDecimal} so that tolerance boundaries are exact: 3.15 is within
 * 3.14 ± 0.01, which binary floating point would get wrong.
 */
public final class NumberInput {

  /** Longer input is refused before any parsing. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);
  // Beyond this the number is not something a learner meant; also keeps BigDecimal cheap.
  private static final BigDecimal LIMIT = new BigDecimal("1e100");

  private NumberInput() {}

  /** The outcome: a number, or why there is none. Exactly one side is present. */
  public record Parsed(Optional<BigDecimal> value, Optional<AnswerProblem> problem) {}

  /** Parses learner input; never throws. */
  public static Parsed parse(String input) {
    if (input == null || input.isBlank()) {
      return failed(AnswerProblem.NOT_A_NUMBER);
    }
    if (input.length() > MAX_LENGTH) {
      return failed(AnswerProblem.TOO_LONG);
    }
    String compact = input.replaceAll("[\\s\\u00A0\\u2007\\u202F]", "").replace('−', '-');
    if (NOT_FINITE.matcher(compact).matches()) {
      return failed(AnswerProblem.NOT_FINITE);
    }
    if (!NUMBER.matcher(compact).matches()) {
      return failed(AnswerProblem.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(compact.replace(',', '.').toLowerCase(Locale.ROOT));
    if (value.abs().compareTo(LIMIT) > 0) {
      return failed(AnswerProblem.NOT_FINITE);
    }
    return new Parsed(Optional.of(value), Optional.empty());
  }

  /** Parses author input (quiz files), where a bad number is an error in the quiz. */
  public static BigDecimal require(String input, String what) {
    Parsed parsed = parse(input);
    return parsed
        .value()
        .orElseThrow(() -> new InvalidQuizException(what + " '" + input + "' is not a number"));
  }

  private static Parsed failed(AnswerProblem problem) {
    return new Parsed(Optional.empty(), Optional.of(problem));
  }
}
