package vn.hocsau.system.token;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * Turns a bearer token into an identity, off the event loop (the lookup reads the database);
 * unknown and revoked tokens fail the request rather than leaving the caller anonymous.
 *
 * @param <R> the kind of token this provider checks
 */
public abstract class BearerTokenIdentityProvider<R extends BearerTokenRequest>
    implements IdentityProvider<R> {

  /** The identity behind {@code token}, if the token is live. */
  protected abstract Optional<SecurityIdentity> identity(String token);

  @Override
  public Uni<SecurityIdentity> authenticate(R request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> identity(request.token()).orElseThrow(AuthenticationFailedException::new));
  }
}
