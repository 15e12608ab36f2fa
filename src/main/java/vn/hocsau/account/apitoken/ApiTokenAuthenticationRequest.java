package vn.hocsau.account.apitoken;

import vn.hocsau.system.token.BearerTokenRequest;

/** A request to authenticate a user by a personal API token. */
public class ApiTokenAuthenticationRequest extends BearerTokenRequest {

  public ApiTokenAuthenticationRequest(String token) {
    super(token);
  }
}
