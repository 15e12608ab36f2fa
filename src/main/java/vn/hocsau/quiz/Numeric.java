package vn.hocsau.quiz;

import java.math.BigDecimal;
import java.util.Objects;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuestionKind;

/**
 * A number to type in, accepted within a tolerance or a range. All boundaries are inclusive and
 * compared exactly (see {@link NumberInput}). Create with {@link #absolute}, {@link #relative} or
 * {@link #range}.
 */
public sealed interface Numeric extends QuestionType {

  /** Whether {@code value} is accepted. */
  boolean accepts(BigDecimal value);

  @Override
  default QuestionKind kind() {
    return QuestionKind.NUMERIC;
  }

  @Override
  default Credit credit(Answer answer) {
    if (!(answer instanceof Answer.Number number)) {
      return Credit.problem(AnswerProblem.WRONG_KIND);
    }
    NumberInput.Parsed parsed = NumberInput.parse(number.input());
    return parsed
        .value()
        .map(v -> Credit.of(accepts(v)))
        .orElseGet(() -> Credit.problem(parsed.problem().orElseThrow()));
  }

  /** {@code value ± tolerance}; a tolerance of 0 asks for the exact value. */
  static Numeric absolute(BigDecimal value, BigDecimal tolerance) {
    return new Absolute(value, tolerance);
  }

  /** {@code value ± fraction·|value|}; {@code fraction} 0.05 means 5%. */
  static Numeric relative(BigDecimal value, BigDecimal fraction) {
    return new Relative(value, fraction);
  }

  /** Anything from {@code min} to {@code max}. */
  static Numeric range(BigDecimal min, BigDecimal max) {
    return new Range(min, max);
  }

  /** {@link #absolute(BigDecimal, BigDecimal)} from doubles, as YAML parsers return them. */
  static Numeric absolute(double value, double tolerance) {
    return absolute(decimal(value), decimal(tolerance));
  }

  /** {@link #relative(BigDecimal, BigDecimal)} from doubles. */
  static Numeric relative(double value, double fraction) {
    return relative(decimal(value), decimal(fraction));
  }

  /** {@link #range(BigDecimal, BigDecimal)} from doubles. */
  static Numeric range(double min, double max) {
    return range(decimal(min), decimal(max));
  }

  /** {@code value ± tolerance}. */
  record Absolute(BigDecimal value, BigDecimal tolerance) implements Numeric {
    /** Requires a tolerance of 0 or more. */
    public Absolute {
      value = canonical(value, "value");
      tolerance = nonNegative(tolerance, "tolerance");
    }

    @Override
    public boolean accepts(BigDecimal answer) {
      return answer.subtract(value).abs().compareTo(tolerance) <= 0;
    }
  }

  /** {@code value ± fraction·|value|}. */
  record Relative(BigDecimal value, BigDecimal fraction) implements Numeric {
    /** Refuses a value of 0, around which a relative tolerance would accept only 0 itself. */
    public Relative {
      value = canonical(value, "value");
      fraction = nonNegative(fraction, "relative tolerance");
      if (value.signum() == 0) {
        throw new InvalidQuizException(
            "a relative tolerance around 0 accepts only 0 itself: use an absolute tolerance");
      }
    }

    @Override
    public boolean accepts(BigDecimal answer) {
      return answer.subtract(value).abs().compareTo(value.abs().multiply(fraction)) <= 0;
    }
  }

  /** {@code min ≤ answer ≤ max}. */
  record Range(BigDecimal min, BigDecimal max) implements Numeric {
    /** Requires {@code min ≤ max}. */
    public Range {
      min = canonical(min, "min");
      max = canonical(max, "max");
      if (min.compareTo(max) > 0) {
        throw new InvalidQuizException("range min " + min + " is greater than max " + max);
      }
    }

    @Override
    public boolean accepts(BigDecimal answer) {
      return min.compareTo(answer) <= 0 && answer.compareTo(max) <= 0;
    }
  }

  // valueOf uses the shortest decimal that round-trips, so 0.1 stays 0.1 rather than
  // 0.1000000000000000055...
  private static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidQuizException("numbers in a quiz must be finite, got " + value);
    }
    return BigDecimal.valueOf(value);
  }

  // Without trailing zeros 3.10 and 3.1 are equal records, so re-imported quizzes compare equal.
  private static BigDecimal canonical(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static BigDecimal nonNegative(BigDecimal value, String what) {
    BigDecimal v = canonical(value, what);
    if (v.signum() < 0) {
      throw new InvalidQuizException(what + " must not be negative, got " + v);
    }
    return v;
  }
}
