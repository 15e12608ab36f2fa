package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocsau.content.InvalidQuizException;

/**
 * Tolerances and ranges, inclusive and exact at their boundaries; numbers as learners type them.
 */
class NumericGradingTest {

  private static double credit(Numeric q, String input) {
    return q.credit(new Answer.Number(input)).fraction();
  }

  private static Optional<AnswerProblem> problem(String input) {
    return Numeric.absolute(1, 0).credit(new Answer.Number(input)).problem();
  }

  @Test
  void absoluteToleranceIncludesBothBoundaries() {
    Numeric pi = Numeric.absolute(3.14, 0.01);
    assertEquals(1, credit(pi, "3.14"));
    assertEquals(1, credit(pi, "3.15"));
    assertEquals(1, credit(pi, "3.13"));
    assertEquals(0, credit(pi, "3.1500001"));
    assertEquals(0, credit(pi, "3.1299999"));
  }

  @Test
  void vietnameseDecimalCommaIsAccepted() {
    Numeric half = Numeric.absolute(0.5, 0);
    assertEquals(1, credit(half, "0,5"));
    assertEquals(1, credit(half, "0.5"));
    assertEquals(1, credit(half, " ,5 "));
    assertEquals(1, credit(half, "5e-1"));
  }

  @Test
  void spacesGroupDigitsAndUnicodeMinusWorks() {
    assertEquals(1, credit(Numeric.absolute(1_000_000, 0), "1 000 000"));
    assertEquals(1, credit(Numeric.absolute(-2, 0), "−2"));
  }

  @Test
  void rangeIncludesBothEnds() {
    Numeric range = Numeric.range(1, 2);
    assertEquals(1, credit(range, "1"));
    assertEquals(1, credit(range, "2,0"));
    assertEquals(1, credit(range, "1.5"));
    assertEquals(0, credit(range, "0.999"));
    assertEquals(0, credit(range, "2.001"));
  }

  @Test
  void relativeToleranceScalesWithTheValue() {
    // 200 ± 5% = [190, 210]
    Numeric q = Numeric.relative(200, 0.05);
    assertEquals(1, credit(q, "190"));
    assertEquals(1, credit(q, "210"));
    assertEquals(0, credit(q, "210.01"));
    // −2 ± 10% = [−2.2, −1.8]: the sign does not flip the interval
    Numeric negative = Numeric.relative(-2, 0.1);
    assertEquals(1, credit(negative, "-2.2"));
    assertEquals(1, credit(negative, "-1.8"));
    assertEquals(0, credit(negative, "1.9"));
  }

  @Test
  void relativeToleranceNearZeroIsTiny() {
    // 0.001 ± 10% = [0.0009, 0.0011]
    Numeric q = Numeric.relative(0.001, 0.1);
    assertEquals(1, credit(q, "0.0011"));
    assertEquals(0, credit(q, "0.0012"));
    assertEquals(0, credit(q, "0"));
  }

  @Test
  void relativeToleranceAroundZeroItselfIsAnAuthoringError() {
    InvalidQuizException e =
        assertThrows(InvalidQuizException.class, () -> Numeric.relative(0, 0.1));
    assertEquals(
        "a relative tolerance around 0 accepts only 0 itself: use an absolute tolerance",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "inf", "∞", "1e999"})
  void nonFiniteNumbersAreRefused(String input) {
    assertEquals(Optional.of(AnswerProblem.NOT_FINITE), problem(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "abc", "1.234,5", "1,234.5", "1..2", "0x10", "3,14,15", "1e"})
  void garbageIsNotANumber(String input) {
    assertEquals(Optional.of(AnswerProblem.NOT_A_NUMBER), problem(input));
  }

  @Test
  void overlongInputIsRefusedBeforeParsing() {
    assertEquals(Optional.of(AnswerProblem.TOO_LONG), problem("1".repeat(101)));
  }

  @ParameterizedTest
  @CsvSource({"'1.000', 1", "'-0,25', -0.25", "'+7', 7", "'2.', 2", "'1,5E3', 1500"})
  void numbersParseToExactDecimals(String input, String expected) {
    assertEquals(
        0, NumberInput.parse(input).value().orElseThrow().compareTo(new BigDecimal(expected)));
  }

  @Test
  void badDefinitionsAreRefused() {
    assertThrows(InvalidQuizException.class, () -> Numeric.absolute(1, -0.1));
    assertThrows(InvalidQuizException.class, () -> Numeric.range(2, 1));
    assertThrows(InvalidQuizException.class, () -> Numeric.absolute(Double.NaN, 0));
  }

  @Test
  void equalValuesWrittenDifferentlyAreEqualRecords() {
    assertEquals(
        Numeric.absolute(new BigDecimal("3.10"), new BigDecimal("0.010")),
        Numeric.absolute(3.1, 0.01));
  }
}
