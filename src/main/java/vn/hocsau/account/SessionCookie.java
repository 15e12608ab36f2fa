package vn.hocsau.account;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The login cookie: HttpOnly so scripts cannot read it, SameSite=Lax against cross-site posts. */
public final class SessionCookie {

  /** Cookie name. */
  public static final String NAME = "hs_session";

  private SessionCookie() {}

  /** A cookie carrying {@code token} for {@code ttl}. */
  public static NewCookie of(String token, Duration ttl, boolean secure) {
    return new NewCookie.Builder(NAME)
        .value(token)
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge((int) ttl.toSeconds())
        .build();
  }

  /** A cookie that makes the browser forget the login. */
  public static NewCookie cleared(boolean secure) {
    return new NewCookie.Builder(NAME)
        .value("")
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .maxAge(0)
        .build();
  }
}
