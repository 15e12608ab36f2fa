package vn.hocsau.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.hocsau.content.InvalidQuizException;

/** The one rule for question and option ids, so every importer accepts the same ids. */
final class Ids {

  /** Letters, digits, '-', '_' and '.', starting with a letter or digit; at most 80 characters. */
  static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");

  private Ids() {}

  static String require(String id, String what) {
    if (id == null || !VALID.matcher(id).matches()) {
      throw new InvalidQuizException(
          what
              + " id '"
              + id
              + "' is invalid: use letters, digits, '-', '_' or '.', at most 80 characters");
    }
    return id;
  }

  static <T> void requireUnique(List<T> items, Function<T, String> id, String what) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(id.apply(item))) {
        throw new InvalidQuizException("duplicate " + what + " id '" + id.apply(item) + "'");
      }
    }
  }
}
