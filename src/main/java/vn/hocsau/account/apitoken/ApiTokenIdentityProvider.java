package vn.hocsau.account.apitoken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.hocsau.account.AccountIdentity;
import vn.hocsau.system.token.BearerTokenIdentityProvider;

/**
 * Turns a personal API token into the identity of its owner, with the owner's current roles (as a
 * session login would); unknown and revoked tokens fail.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider
    extends BearerTokenIdentityProvider<ApiTokenAuthenticationRequest> {

  @Inject ApiTokenService tokens;

  @Override
  public Class<ApiTokenAuthenticationRequest> getRequestType() {
    return ApiTokenAuthenticationRequest.class;
  }

  @Override
  protected Optional<SecurityIdentity> identity(String token) {
    return tokens.authenticate(token).map(AccountIdentity::of);
  }
}
