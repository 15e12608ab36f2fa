package vn.hocsau.cli;

import java.util.regex.Pattern;

/**
 * File names that come from a server become paths only when they are plain names: letters, digits,
 * {@code . _ -}, no leading dot, no {@code ..}; so a server cannot write outside the target folder.
 */
final class SafeName {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private SafeName() {}

  /** {@code name} if it is safe; otherwise a refusal. */
  static String check(String name, Messages m) {
    if (name == null || !SAFE.matcher(name).matches() || name.contains("..")) {
      throw new CliException(
          ExitCodes.REFUSED,
          m.get("error.unsafe-name", Text.clean(name)),
          m.get("hint.unsafe-name"));
    }
    return name;
  }
}
