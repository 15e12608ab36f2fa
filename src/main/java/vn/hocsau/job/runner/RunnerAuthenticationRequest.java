package vn.hocsau.job.runner;

import vn.hocsau.system.token.BearerTokenRequest;

/** A request to authenticate a runner by its bearer token. */
public class RunnerAuthenticationRequest extends BearerTokenRequest {

  /** Wraps the token from the Authorization header. */
  public RunnerAuthenticationRequest(String token) {
    super(token);
  }
}
