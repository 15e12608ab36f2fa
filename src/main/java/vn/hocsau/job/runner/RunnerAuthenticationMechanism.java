package vn.hocsau.job.runner;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.hocsau.system.web.ApiPaths;

/**
 * Authenticates the runner API by {@code Authorization: Bearer hsr_…}. It looks only at requests
 * under {@value #PATH} whose bearer token has our prefix, and leaves every other request to the
 * session and OIDC mechanisms. It runs before them, so Keycloak never sees a runner token. A runner
 * token that is unknown or revoked fails the request (401) instead of falling through.
 */
@ApplicationScoped
public class RunnerAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The path prefix of the runner API. */
  public static final String PATH = ApiPaths.RUNNER;

  private static final String BEARER = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String token = runnerToken(context);
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    RunnerAuthenticationRequest request = new RunnerAuthenticationRequest(token);
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identityProviderManager.authenticate(request);
  }

  private static String runnerToken(RoutingContext context) {
    if (!context.normalizedPath().startsWith(PATH)) {
      return null;
    }
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = header.substring(BEARER.length()).strip();
    return token.startsWith(RunnerTokenService.PREFIX) ? token : null;
  }

  /**
   * Before the session mechanism (2000) and OIDC (1001), which would otherwise try to verify a
   * runner token as a JWT and fail the request. Quarkus orders mechanisms by this number; a
   * {@code @Priority} annotation on the bean has no effect on that order.
   */
  @Override
  public int getPriority() {
    return 3000;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"hocsau-runner\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(RunnerAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }
}
