package vn.hocsau.system.security;

/** Too many attempts in the current window; the client should wait. */
public class RateLimitedException extends RuntimeException {

  /** Creates the exception; the message shown to users comes from the message bundle. */
  public RateLimitedException() {
    super("rate limited", null, false, false);
  }
}
