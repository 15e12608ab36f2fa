package vn.hocsau.account;

/**
 * Someone authenticated at the OIDC provider, but their login cannot be tied to a local account
 * safely (see {@link OidcAccountService}). Shown to them as 403 with the problem's message.
 */
public class OidcLinkRefusedException extends RuntimeException {

  private final AccountProblem problem;

  /** Refusal for {@code problem}. */
  public OidcLinkRefusedException(AccountProblem problem) {
    super("OIDC login not linked: " + problem, null, false, false);
    this.problem = problem;
  }

  /** Why the login was refused. */
  public AccountProblem problem() {
    return problem;
  }
}
