package vn.hocsau.job.runner;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a runner token into a runner identity; unknown and revoked tokens fail. */
@ApplicationScoped
public class RunnerIdentityProvider implements IdentityProvider<RunnerAuthenticationRequest> {

  @Inject RunnerTokenService tokens;

  @Override
  public Class<RunnerAuthenticationRequest> getRequestType() {
    return RunnerAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RunnerAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () ->
            tokens
                .authenticate(request.token())
                .map(RunnerIdentity::of)
                .orElseThrow(AuthenticationFailedException::new));
  }
}
