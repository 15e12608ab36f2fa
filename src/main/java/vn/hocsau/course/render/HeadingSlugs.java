package vn.hocsau.course.render;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Anchor ids for headings: ASCII slugs without Vietnamese diacritics ("Hàm mất mát" becomes {@code
 * ham-mat-mat}), so links to a section are readable, survive copy and paste, and stay the same
 * across renders. One instance per document: a repeated title gets {@code -1}, {@code -2}, …
 */
final class HeadingSlugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(?:ref)?-.*");
  private static final int MAX_LENGTH = 64;

  private final Set<String> used = new HashSet<>();

  /** A slug of {@code text} that no earlier heading of this document has. */
  String next(String text) {
    String base = slug(text);
    String id = base;
    for (int n = 1; !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** The plain slug of {@code text}: lower-case ASCII letters, digits and single hyphens. */
  static String slug(String text) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    // đ is a letter of its own, not d plus a mark, so NFD leaves it alone.
    ascii = ascii.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
    slug = trimHyphens(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
    if (slug.isEmpty()) {
      return "section";
    }
    // Footnotes own the fn-… and fnref-… ids of the page.
    return FOOTNOTE_ID.matcher(slug).matches() ? "h-" + slug : slug;
  }

  private static String trimHyphens(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '-') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '-') {
      to--;
    }
    return s.substring(from, to);
  }
}
