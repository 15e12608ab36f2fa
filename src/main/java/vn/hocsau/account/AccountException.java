package vn.hocsau.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/**
 * Account input was refused; carries one problem per form field. Nothing was written. Forms show
 * every problem by its field; elsewhere it is a 400 explained by the first problem.
 */
public class AccountException extends DomainException {

  private final Map<String, AccountProblem> problems;

  /** Problems keyed by form field name, in form order. */
  public AccountException(Map<String, AccountProblem> problems) {
    super("invalid account input: " + problems);
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

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String message(Language language) {
    return problems.values().iterator().next().message(language);
  }
}
