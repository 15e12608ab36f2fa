package vn.hocsau.grading;

/**
 * Reads one numeric field strictly. {@link Double#parseDouble} alone would accept Java-only forms
 * such as {@code 1d}, {@code 0x1p3} or surrounding control characters; here a number is optional
 * sign, digits, optional fraction and exponent, as Python and NumPy write them. Their spellings of
 * NaN and infinity ({@code nan}, {@code inf}, {@code -Infinity}, …) are recognised so the learner
 * is told "not finite" rather than "not a number".
 */
final class NumberField {

  private NumberField() {}

  /**
   * The value of {@code text} in column {@code column} of line {@code line}.
   *
   * @throws PredictionFileException NOT_A_NUMBER or NOT_FINITE
   */
  static double parse(String text, String column, long line) throws PredictionFileException {
    if (!looksNumeric(text)) {
      if (isNonFiniteWord(text)) {
        throw new PredictionFileException(PredictionProblem.NOT_FINITE, line, column);
      }
      throw new PredictionFileException(
          PredictionProblem.NOT_A_NUMBER, line, column, PredictionRows.shorten(text));
    }
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new PredictionFileException(
          PredictionProblem.NOT_A_NUMBER, line, column, PredictionRows.shorten(text));
    }
    if (!Double.isFinite(value)) { // e.g. 1e999
      throw new PredictionFileException(PredictionProblem.NOT_FINITE, line, column);
    }
    return value;
  }

  /** Sign, digits, point, exponent; a cheap grammar check before the parser. */
  private static boolean looksNumeric(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNonFiniteWord(String s) {
    String word = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    return word.equalsIgnoreCase("nan")
        || word.equalsIgnoreCase("inf")
        || word.equalsIgnoreCase("infinity");
  }
}
