package vn.hocsau.account.apitoken;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.hocsau.submission.RunnerAuthenticationMechanism;

/**
 * Authenticates the JSON API by {@code Authorization: Bearer hsk_…} (a personal API token). It
 * claims every request whose bearer token has our prefix, wherever it goes, so such a token never
 * reaches the OIDC mechanism (which would try it as a JWT): under {@value #PATH} it authenticates
 * the token's owner (unknown or revoked: 401), and everywhere else (pages, the runner API) the
 * caller is anonymous, whatever cookie comes with it, so protected pages answer 401. Requests
 * without an {@code hsk_} token are left to the other mechanisms, so Keycloak bearer tokens and
 * session cookies work as before.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Where personal API tokens are accepted: the JSON API, except the runner API. */
  public static final String PATH = "/api/";

  private static final String BEARER = "Bearer ";
  private static final SecurityIdentity ANONYMOUS =
      QuarkusSecurityIdentity.builder().setAnonymous(true).build();

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String token = apiToken(context);
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    String path = context.normalizedPath();
    if (!path.startsWith(PATH) || path.startsWith(RunnerAuthenticationMechanism.PATH)) {
      // Anonymous rather than a failure: error pages still render (they look up the visitor), and
      // returning an identity ends the search, so neither the cookie nor OIDC is consulted.
      return Uni.createFrom().item(ANONYMOUS);
    }
    ApiTokenAuthenticationRequest request = new ApiTokenAuthenticationRequest(token);
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identityProviderManager.authenticate(request);
  }

  private static String apiToken(RoutingContext context) {
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = header.substring(BEARER.length()).strip();
    return token.startsWith(ApiTokenService.PREFIX) ? token : null;
  }

  /**
   * After the runner mechanism (3000), which takes only {@code hsr_} tokens, and before the session
   * mechanism (2000) and OIDC (1001): an explicit API token decides who calls, whatever cookie
   * comes with it, and OIDC never sees it.
   */
  @Override
  public int getPriority() {
    return 2500;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom()
        .item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"hocsau\""));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiTokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }
}
