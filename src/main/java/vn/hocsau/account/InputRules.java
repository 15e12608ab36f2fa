package vn.hocsau.account;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for names, emails and passwords. Pure functions, so each rule is tested on its own.
 *
 * <p>Browsers decode form bytes as UTF-8 and turn invalid bytes into U+FFFD, so a replacement
 * character in input means the client sent something that was not UTF-8.
 */
public final class InputRules {

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;
  public static final int PASSWORD_MIN = 10;
  public static final int PASSWORD_MAX = 1000;

  // Deliberately simple: one @, no spaces, a dot in the domain. Real proof is a delivered email.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private InputRules() {}

  /** A collector of problems for one form. */
  public static final class Check {
    private final Map<String, AccountProblem> problems = new LinkedHashMap<>();

    /** Records {@code problem} for {@code field} unless that field already has one. */
    public Check add(String field, Optional<AccountProblem> problem) {
      problem.ifPresent(p -> problems.putIfAbsent(field, p));
      return this;
    }

    /** Throws when anything was recorded. */
    public void orThrow() {
      if (!problems.isEmpty()) {
        throw new AccountException(problems);
      }
    }
  }

  /** Trims and NFC-normalises a display name, so "ọ" typed two ways is stored one way. */
  public static String normaliseName(String name) {
    return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
  }

  /** Trims an email; case is kept but ignored when comparing. */
  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip();
  }

  /** What is wrong with a (normalised) display name, if anything. */
  public static Optional<AccountProblem> checkName(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of(AccountProblem.NAME_REQUIRED);
    }
    return encodingProblem(name)
        .or(() -> controlProblem(name))
        .or(
            () ->
                name.codePointCount(0, name.length()) > NAME_MAX
                    ? Optional.of(AccountProblem.NAME_TOO_LONG)
                    : Optional.empty());
  }

  /** What is wrong with a (normalised) email, if anything. */
  public static Optional<AccountProblem> checkEmail(String email) {
    if (email == null || email.isEmpty()) {
      return Optional.of(AccountProblem.EMAIL_REQUIRED);
    }
    if (email.length() > EMAIL_MAX) {
      return Optional.of(AccountProblem.EMAIL_TOO_LONG);
    }
    return encodingProblem(email)
        .or(() -> controlProblem(email))
        .or(
            () ->
                EMAIL.matcher(email).matches()
                    ? Optional.empty()
                    : Optional.of(AccountProblem.EMAIL_INVALID));
  }

  /** What is wrong with a new password, if anything. Passwords are never trimmed. */
  public static Optional<AccountProblem> checkNewPassword(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of(AccountProblem.PASSWORD_REQUIRED);
    }
    int length = password.codePointCount(0, password.length());
    if (length < PASSWORD_MIN) {
      return Optional.of(AccountProblem.PASSWORD_TOO_SHORT);
    }
    if (length > PASSWORD_MAX) {
      return Optional.of(AccountProblem.PASSWORD_TOO_LONG);
    }
    return encodingProblem(password);
  }

  private static Optional<AccountProblem> encodingProblem(String value) {
    return value.indexOf('\uFFFD') >= 0
        ? Optional.of(AccountProblem.INVALID_ENCODING)
        : Optional.empty();
  }

  private static Optional<AccountProblem> controlProblem(String value) {
    return value.codePoints().anyMatch(Character::isISOControl)
        ? Optional.of(AccountProblem.CONTROL_CHARACTERS)
        : Optional.empty();
  }
}
