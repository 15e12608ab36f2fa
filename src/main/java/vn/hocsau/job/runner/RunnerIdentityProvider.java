package vn.hocsau.job.runner;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.hocsau.system.token.BearerTokenIdentityProvider;

/** Turns a runner token into a runner identity; unknown and revoked tokens fail. */
@ApplicationScoped
public class RunnerIdentityProvider
    extends BearerTokenIdentityProvider<RunnerAuthenticationRequest> {

  @Inject RunnerTokenService tokens;

  @Override
  public Class<RunnerAuthenticationRequest> getRequestType() {
    return RunnerAuthenticationRequest.class;
  }

  @Override
  protected Optional<SecurityIdentity> identity(String token) {
    return tokens.authenticate(token).map(RunnerIdentity::of);
  }
}
