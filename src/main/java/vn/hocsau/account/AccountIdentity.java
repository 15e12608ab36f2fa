package vn.hocsau.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;
import vn.hocsau.system.Roles;

/**
 * How an account appears to Quarkus security: the principal name is the user id, and the roles are
 * the user's role plus the ones it includes.
 */
public final class AccountIdentity {

  /** Attribute holding the user's display name. */
  public static final String DISPLAY_NAME = "hocsau.displayName";

  /** Attribute holding the user's id as a Long. */
  public static final String USER_ID = "hocsau.userId";

  private AccountIdentity() {}

  /** The identity for a local user. */
  public static SecurityIdentity of(UserView user) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(String.valueOf(user.id())))
        .addRoles(Roles.implied(user.role()))
        .addAttribute(USER_ID, user.id())
        .addAttribute(DISPLAY_NAME, user.displayName())
        .build();
  }

  /** The local user id of {@code identity}, if it is one of our accounts. */
  public static Optional<Long> userId(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    Object id = identity.getAttribute(USER_ID);
    return id instanceof Long l ? Optional.of(l) : Optional.empty();
  }
}
