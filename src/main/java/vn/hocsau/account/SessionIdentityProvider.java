package vn.hocsau.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a session token into a security identity by looking the session up in PostgreSQL. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

  @Inject SessionService sessions;

  @Override
  public Class<SessionAuthenticationRequest> getRequestType() {
    return SessionAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      SessionAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            sessions
                .resolve(request.token())
                .map(AccountIdentity::of)
                .orElseThrow(AuthenticationFailedException::new));
  }
}
