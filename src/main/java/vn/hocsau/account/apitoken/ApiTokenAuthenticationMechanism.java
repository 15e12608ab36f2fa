package vn.hocsau.account.apitoken;

import io.quarkus.security.AuthenticationFailedException;
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
import jakarta.inject.Inject;
import java.util.Set;
import vn.hocsau.system.security.OidcSettings;
import vn.hocsau.system.web.ApiPaths;
import vn.hocsau.system.web.ErrorMapper;

/**
 * Authenticates the JSON API by {@code Authorization: Bearer hsk_…} (a personal API token). It
 * claims every request whose bearer token has our prefix, wherever it goes, so such a token never
 * reaches the OIDC mechanism (which would try it as a JWT): under {@value #PATH} it authenticates
 * the token's owner, and everywhere else (pages, the runner API) the caller is anonymous, whatever
 * cookie comes with it, so protected pages answer 401.
 *
 * <p>On the API, credentials that are sent must work: an unknown or revoked token, a runner's
 * token, another scheme or a mistyped one fails the request with 401 {@code invalid_token} (see
 * {@link InvalidTokenFilter}), and is never served as an anonymous visitor, nor rescued by a
 * session cookie. Only a bearer token that is not ours, with Keycloak switched on, is left to the
 * OIDC mechanism, which refuses it if it is not a valid JWT. Requests without an {@code
 * Authorization} header are left to the other mechanisms, so session cookies work as before.
 */
@ApplicationScoped
public class ApiTokenAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Where personal API tokens are accepted: the JSON API, except the runner API. */
  public static final String PATH = ApiPaths.API;

  private static final String BEARER = "Bearer ";
  private static final SecurityIdentity ANONYMOUS =
      QuarkusSecurityIdentity.builder().setAnonymous(true).build();

  @Inject OidcSettings oidc;

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    String token = apiToken(header);
    boolean api = isApi(context.normalizedPath());
    if (token == null) {
      if (header != null && api && !(oidc.enabled() && bearer(header) != null)) {
        return Uni.createFrom().failure(new AuthenticationFailedException());
      }
      return Uni.createFrom().nullItem();
    }
    if (!api) {
      // Anonymous rather than a failure: error pages still render (they look up the visitor), and
      // returning an identity ends the search, so neither the cookie nor OIDC is consulted.
      return Uni.createFrom().item(ANONYMOUS);
    }
    ApiTokenAuthenticationRequest request = new ApiTokenAuthenticationRequest(token);
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identityProviderManager.authenticate(request);
  }

  /** Whether {@code path} is on the API where personal tokens are accepted. */
  static boolean isApi(String path) {
    return path.startsWith(PATH) && !ApiPaths.isRunnerApi(path);
  }

  private static String apiToken(String header) {
    String token = bearer(header);
    return token != null && token.startsWith(ApiTokenService.PREFIX) ? token : null;
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
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
    boolean sent = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    return Uni.createFrom()
        .item(
            new ChallengeData(
                401,
                "WWW-Authenticate",
                sent ? ErrorMapper.INVALID_TOKEN : "Bearer realm=\"hocsau\""));
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
