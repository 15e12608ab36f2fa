package vn.hocsau.content;

import java.util.regex.Pattern;

/**
 * The one rule for stable keys (course, module and lesson slugs, question and option ids): they end
 * up in URLs and database keys, so plain ASCII, lowercase, with single hyphens.
 */
final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  static boolean isValid(String slug) {
    return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
  }

  /** Why {@code slug} is refused; {@code what} names it ("slug", "question id"...). */
  static String invalid(String what, String slug) {
    return "invalid "
        + what
        + " '"
        + slug
        + "': use lowercase letters a-z, digits and single hyphens (at most "
        + MAX_LENGTH
        + " characters)";
  }
}
