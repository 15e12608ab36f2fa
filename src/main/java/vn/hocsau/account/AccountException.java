package vn.hocsau.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Account input was refused; carries one problem per form field. Nothing was written. */
public class AccountException extends RuntimeException {

  private final Map<String, AccountProblem> problems;

  /** Problems keyed by form field name, in form order. */
  public AccountException(Map<String, AccountProblem> problems) {
    super("invalid account input: " + problems, null, false, false);
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** A single problem on one field. */
  public static AccountException of(String field, AccountProblem problem) {
    return new AccountException(Map.of(field, problem));
  }

  /** The problems by field. */
  public Map<String, AccountProblem> problems() {
    return problems;
  }
}
