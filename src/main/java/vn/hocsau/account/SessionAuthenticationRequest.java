package vn.hocsau.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate by the token of the session cookie. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

  private final String token;

  /** Wraps the cookie value. */
  public SessionAuthenticationRequest(String token) {
    this.token = token;
  }

  /** The cookie value. */
  public String token() {
    return token;
  }
}
