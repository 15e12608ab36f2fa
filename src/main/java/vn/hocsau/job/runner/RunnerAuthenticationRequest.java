package vn.hocsau.job.runner;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request to authenticate a runner by its bearer token. */
public class RunnerAuthenticationRequest extends BaseAuthenticationRequest {

  private final String token;

  /** Wraps the token from the Authorization header. */
  public RunnerAuthenticationRequest(String token) {
    this.token = token;
  }

  /** The token. */
  public String token() {
    return token;
  }
}
