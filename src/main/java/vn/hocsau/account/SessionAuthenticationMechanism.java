package vn.hocsau.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Authenticates page and API requests by the session cookie. Requests without one fall through to
 * the other mechanisms (OIDC bearer tokens or code flow, when Keycloak is configured) and otherwise
 * stay anonymous. A stale cookie also means anonymous, not an error page.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    Cookie cookie = context.request().getCookie(SessionCookie.NAME);
    if (cookie == null || cookie.getValue().isEmpty()) {
      return Uni.createFrom().nullItem();
    }
    SessionAuthenticationRequest request = new SessionAuthenticationRequest(cookie.getValue());
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identityProviderManager
        .authenticate(request)
        .onFailure(AuthenticationFailedException.class)
        .recoverWithNull();
  }

  /**
   * Runs before the OIDC mechanism (1001 by default): a valid session cookie decides who the caller
   * is, whatever token comes with it. Quarkus orders mechanisms by this number; a {@code @Priority}
   * annotation on the bean has no effect on that order.
   */
  @Override
  public int getPriority() {
    return 2000;
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, null, null));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(SessionAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, SessionCookie.NAME));
  }
}
