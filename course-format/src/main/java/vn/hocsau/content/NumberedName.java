package vn.hocsau.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code NN-slug} naming of module folders and lesson files: the number orders them, the slug
 * identifies them.
 *
 * @param digits the number as written ({@code 01}), for messages
 */
record NumberedName(int number, String digits, String slug) {

  private static final Pattern NAME = Pattern.compile("(\\d{1,3})-(.+)");

  static Optional<NumberedName> parse(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new NumberedName(Integer.parseInt(m.group(1)), m.group(1), m.group(2)));
  }
}
