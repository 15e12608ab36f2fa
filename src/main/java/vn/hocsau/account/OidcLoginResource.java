package vn.hocsau.account;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.i18n.LanguageCookie;
import vn.hocsau.system.security.OidcSettings;
import vn.hocsau.system.security.SecurityConfig;
import vn.hocsau.system.web.SafeRedirect;

/**
 * Login through the organisation's OIDC provider (Keycloak) for pages. The HTTP permission {@code
 * oidc-login} in application.properties makes this path use the code flow, so a visitor arrives
 * here only once the provider has authenticated them and {@link OidcAccountLinker} has found their
 * local account. The login then becomes an ordinary platform session, and the OIDC session cookie
 * is dropped: pages, logout and session expiry work the same for both kinds of account.
 *
 * <p>{@code @PermitAll} because the permission does the authenticating; with OIDC switched off it
 * is off too, and this path answers 404.
 */
@Path("/auth/oidc/login")
@PermitAll
public class OidcLoginResource {

  @Inject OidcSettings oidc;
  @Inject SecurityIdentity identity;
  @Inject OidcSession oidcSession;
  @Inject SessionService sessions;
  @Inject AccountService accounts;
  @Inject SecurityConfig security;

  /** Opens a platform session for the OIDC login and goes to the home page. */
  @GET
  public Response login(@RestCookie(SessionCookie.NAME) String previousSession) {
    if (!oidc.enabled()) {
      throw new NotFoundException();
    }
    if (identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    oidcSession.logout().await().indefinitely();
    Long userId =
        AccountIdentity.userId(identity)
            .orElseThrow(
                () ->
                    new OidcLinkRefusedException(
                        AccountIdentity.linkProblem(identity)
                            .orElse(AccountProblem.USER_NOT_FOUND)));
    UserView user = accounts.get(userId);
    sessions.close(previousSession);
    String token = sessions.open(user.id());
    Language language = Language.fromCode(user.language()).orElse(Language.VI);
    return Response.seeOther(SafeRedirect.to("/"))
        .cookie(SessionCookie.of(token, security.sessionTtl(), security.secureCookie()))
        .cookie(LanguageCookie.of(language, security.secureCookie()))
        .build();
  }
}
