package vn.hocsau.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that "Học Sâu" and "hoc sau" compare equal: Vietnamese learners often type without
 * a Vietnamese keyboard, and differ in case and spacing.
 */
public final class AccentFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private AccentFolding() {}

  /**
   * Decomposes (NFD), drops combining marks, maps đ/Đ to d (it is a letter of its own, not a marked
   * d, so NFD keeps it), lower-cases, collapses runs of whitespace and trims.
   */
  public static String fold(String text) {
    return SPACES.matcher(stripAccents(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * Folds like {@link #fold} but keeps case: "Đà Nẵng" → "Da Nang". Used on regex patterns, which
   * match case-insensitively anyway and whose escapes ({@code \D} vs {@code \d}) are
   * case-sensitive.
   */
  public static String stripAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
  }

  /** A URL- and id-safe form: "Câu 1: Học sâu!" → "cau-1-hoc-sau"; "" when nothing is left. */
  public static String slug(String text) {
    String dashed = NOT_SLUG.matcher(fold(text)).replaceAll("-");
    return dashed.replaceAll("^-+|-+$", "");
  }
}
