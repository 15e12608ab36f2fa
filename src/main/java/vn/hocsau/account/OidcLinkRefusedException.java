package vn.hocsau.account;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/**
 * Someone authenticated at the OIDC provider, but their login cannot be tied to a local account
 * safely (see {@link OidcAccountService}). Shown to them as 403 with the problem's message.
 */
public class OidcLinkRefusedException extends DomainException {

  private final AccountProblem problem;

  /** Refusal for {@code problem}. */
  public OidcLinkRefusedException(AccountProblem problem) {
    super("OIDC login not linked: " + problem);
    this.problem = problem;
  }

  /** Why the login was refused. */
  public AccountProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String message(Language language) {
    return problem.message(language);
  }
}
