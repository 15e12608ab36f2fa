package vn.hocsau.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.hocsau.system.i18n.Language;

/**
 * Numbers as quiz feedback writes them: Vietnamese with a decimal comma (3,14), English with a dot
 * (3.14), never with thousands separators, which the two languages write the other way round.
 */
public final class Numbers {

  private Numbers() {}

  /** {@code value} in full, without trailing zeros. */
  public static String plain(BigDecimal value, Language language) {
    String text = value.stripTrailingZeros().toPlainString();
    return language == Language.VI ? text.replace('.', ',') : text;
  }

  /** A score or percentage: at most two decimals, none when whole (2, 0,5, 0,67). */
  public static String score(double value, Language language) {
    return plain(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), language);
  }

  /** A percentage rounded to a whole number, with its sign: 83%. */
  public static String percent(double value) {
    return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
