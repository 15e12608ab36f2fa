package vn.hocsau.account.apitoken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocsau.account.AccountIdentity;

/**
 * Turns a personal API token into the identity of its owner, with the owner's current roles (as a
 * session login would); unknown and revoked tokens fail.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

  @Inject ApiTokenService tokens;

  @Override
  public Class<ApiTokenAuthenticationRequest> getRequestType() {
    return ApiTokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            tokens
                .authenticate(request.token())
                .map(AccountIdentity::of)
                .orElseThrow(AuthenticationFailedException::new));
  }
}
