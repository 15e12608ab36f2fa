package vn.hocsau.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps a local {@code app_user} row for every person who logs in through OIDC, so the rest of the
 * platform (progress, submissions, certificates) only ever deals with local user ids.
 *
 * <p>The row is found by the token's subject. On a first login it is created, unless a local
 * account already uses the token's email: that account is linked only when the provider says the
 * email is verified. Otherwise whoever controls an unverified address at the provider could take
 * over the local account (an admin's, say), so the login is refused and the person is told to use
 * their password. The provider owns the role of linked accounts: it is copied on every login.
 */
@ApplicationScoped
@Transactional
public class OidcAccountService {

  @Inject UserRepository users;
  @Inject AccountService accounts;
  @Inject Clock clock;

  /**
   * The local account of {@code login}, created or linked as needed, with the role in step.
   *
   * @throws OidcLinkRefusedException when no account can be tied to the login safely
   */
  public UserView link(OidcLogin login) {
    AppUser user = users.findByOidcSubject(login.subject()).orElseGet(() -> adopt(login));
    if (!user.role.equals(login.role())) {
      user.role = login.role();
      user.updatedAt = clock.instant();
    }
    // Flush here so that a concurrent first login or role change fails inside this call.
    users.flush();
    return user.view();
  }

  private AppUser adopt(OidcLogin login) {
    String email =
        login
            .usableEmail()
            .orElseThrow(() -> new OidcLinkRefusedException(AccountProblem.OIDC_EMAIL_MISSING));
    Optional<AppUser> local = users.findByEmail(email);
    if (local.isPresent()) {
      return linkExisting(local.get(), login);
    }
    AppUser user = accounts.newUser(email, login.displayName(), login.role(), login.language());
    user.oidcSubject = login.subject();
    users.persist(user);
    return user;
  }

  private AppUser linkExisting(AppUser user, OidcLogin login) {
    if (user.oidcSubject != null) {
      // Same email, different subject: e.g. the provider's user was deleted and re-created.
      throw new OidcLinkRefusedException(AccountProblem.OIDC_EMAIL_LINKED_ELSEWHERE);
    }
    if (!login.emailVerified()) {
      throw new OidcLinkRefusedException(AccountProblem.OIDC_EMAIL_UNVERIFIED);
    }
    user.oidcSubject = login.subject();
    user.updatedAt = clock.instant();
    return user;
  }
}
