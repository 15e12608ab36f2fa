package vn.hocsau.system.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A request to authenticate by a bearer token taken from the {@code Authorization} header. Each
 * kind of token subclasses it, so that Quarkus hands it to that kind's identity provider.
 */
public abstract class BearerTokenRequest extends BaseAuthenticationRequest {

  private final String token;

  /** Wraps the token from the Authorization header. */
  protected BearerTokenRequest(String token) {
    this.token = token;
  }

  /** The token. */
  public String token() {
    return token;
  }
}
