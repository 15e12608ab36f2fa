package vn.hocsau.system.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing request to a page route must carry the CSRF token. JSON routes under {@code
 * /api} are exempt: they only accept JSON bodies, which a cross-site form cannot send.
 */
public class CsrfFilter {

  /** Name of the cookie holding the token. */
  public static final String COOKIE = "hs_csrf";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject CsrfToken token;
  @Inject SecurityConfig security;

  @ServerRequestFilter(preMatching = true)
  void load(ContainerRequestContext request) {
    Cookie cookie = request.getCookies().get(COOKIE);
    token.load(cookie == null ? null : cookie.getValue());
  }

  @WithFormRead
  @ServerRequestFilter
  void verify(ResteasyReactiveContainerRequestContext request) {
    if (SAFE.contains(request.getMethod()) || isApi(request.getUriInfo().getPath())) {
      return;
    }
    Object sent =
        ((ResteasyReactiveRequestContext) request.getServerRequestContext())
            .getFormParameter(CsrfToken.FIELD, true, false);
    if (!token.matches(sent instanceof String s ? s : null)) {
      throw new CsrfException();
    }
  }

  @ServerResponseFilter
  void issue(ContainerResponseContext response) {
    if (token.issued()) {
      response
          .getHeaders()
          .add(
              "Set-Cookie",
              new NewCookie.Builder(COOKIE)
                  .value(token.token())
                  .path("/")
                  .httpOnly(true)
                  .secure(security.secureCookie())
                  .sameSite(NewCookie.SameSite.STRICT)
                  .build());
    }
  }

  private static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api");
  }
}
