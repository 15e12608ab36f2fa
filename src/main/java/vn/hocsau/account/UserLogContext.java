package vn.hocsau.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the signed-in user's id ({@code userId}) in the MDC of each request, so every log line of
 * the request says whose it was. The id only: an email or a display name is personal data that has
 * no place in logs.
 */
public class UserLogContext {

  /** The MDC key of the user id. */
  public static final String KEY = "userId";

  @Inject SecurityIdentity identity;

  @ServerRequestFilter
  void enter() {
    AccountIdentity.userId(identity).ifPresent(id -> MDC.put(KEY, id.toString()));
  }
}
