package vn.hocsau.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns an OIDC identity (bearer token or code flow) into one of our accounts: the identity gets
 * the local user id, display name and our implied roles, exactly like a session login, so {@link
 * CurrentUser}, {@link MeApi} and role checks need not know where the login came from. The
 * provider's own roles (default-roles-hocsau, offline_access...) are dropped.
 *
 * <p>A login that cannot be linked is not failed here: failing would make the code flow redirect
 * back to the provider, which would log the person straight in again, in a loop. It stays
 * authenticated but without a user id or roles, and carries the reason, which {@link CurrentUser}
 * and the OIDC login page turn into a 403 with a message.
 */
@ApplicationScoped
public class OidcAccountLinker implements SecurityIdentityAugmentor {

  @Inject OidcAccountService accounts;

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || !(identity.getPrincipal() instanceof JsonWebToken token)
        || token.getSubject() == null) {
      return Uni.createFrom().item(identity);
    }
    OidcLogin login = OidcLogin.of(token, identity.getRoles());
    return context.runBlocking(() -> linked(identity, login));
  }

  private SecurityIdentity linked(SecurityIdentity identity, OidcLogin login) {
    try {
      return AccountIdentity.linked(identity, linkOnce(login));
    } catch (OidcLinkRefusedException e) {
      return AccountIdentity.refused(identity, e.problem());
    }
  }

  private UserView linkOnce(OidcLogin login) {
    try {
      return accounts.link(login);
    } catch (PersistenceException e) {
      // Another request of the same person created or updated the row first; it is there now.
      return accounts.link(login);
    }
  }
}
