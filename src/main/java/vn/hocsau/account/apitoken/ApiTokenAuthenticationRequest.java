package vn.hocsau.account.apitoken;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate a user by a personal API token. */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

  private final String token;

  public ApiTokenAuthenticationRequest(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
