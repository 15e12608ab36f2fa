package vn.hocsau.system.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriInfo;
import vn.hocsau.system.security.OidcSettings;

/** What the base layout needs to know about the current request besides user and language. */
@RequestScoped
@Named("shell")
public class Shell {

  @Inject UriInfo uri;
  @Inject OidcSettings oidc;

  /** The current path, for aria-current in the navigation and the language switch. */
  public String path() {
    try {
      return SafeRedirect.localPath(uri.getRequestUri().getRawPath());
    } catch (RuntimeException e) {
      return "/";
    }
  }

  /** The current path, URL-encoded for a {@code next=} query parameter. */
  public String pathParam() {
    return java.net.URLEncoder.encode(path(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Whether the current path is {@code prefix} or below it. */
  public boolean at(String prefix) {
    String path = path();
    return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
  }

  /** Whether a Keycloak login button is shown. */
  public boolean oidcLogin() {
    return oidc.enabled();
  }
}
