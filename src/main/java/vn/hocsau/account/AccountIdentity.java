package vn.hocsau.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;
import vn.hocsau.system.Roles;

/**
 * How an account appears to Quarkus security: the user id and display name are attributes, and the
 * roles are the user's role plus the ones it includes. For session logins the principal name is the
 * user id; OIDC logins keep the token as principal, which the OIDC extension relies on.
 */
public final class AccountIdentity {

  /** Attribute holding the user's display name. */
  public static final String DISPLAY_NAME = "hocsau.displayName";

  /** Attribute holding the user's id as a Long. */
  public static final String USER_ID = "hocsau.userId";

  /** Attribute holding the {@link AccountProblem} of an OIDC login that was not linked. */
  public static final String LINK_PROBLEM = "hocsau.linkProblem";

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

  /**
   * The OIDC identity {@code oidc} as the local {@code user}, with our roles instead of its own.
   */
  public static SecurityIdentity linked(SecurityIdentity oidc, UserView user) {
    return fromOidc(oidc)
        .addRoles(Roles.implied(user.role()))
        .addAttribute(USER_ID, user.id())
        .addAttribute(DISPLAY_NAME, user.displayName())
        .build();
  }

  /**
   * The OIDC identity {@code oidc}, without any role, marked as not linked because of {@code
   * problem}.
   */
  public static SecurityIdentity refused(SecurityIdentity oidc, AccountProblem problem) {
    return fromOidc(oidc).addAttribute(LINK_PROBLEM, problem).build();
  }

  /** Why the OIDC login of {@code identity} was not linked to a local account, if it was not. */
  public static Optional<AccountProblem> linkProblem(SecurityIdentity identity) {
    Object problem = identity == null ? null : identity.getAttribute(LINK_PROBLEM);
    return problem instanceof AccountProblem p ? Optional.of(p) : Optional.empty();
  }

  // Attributes and credentials are kept: the OIDC extension finds its tenant and tokens there.
  private static QuarkusSecurityIdentity.Builder fromOidc(SecurityIdentity oidc) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(oidc.getPrincipal())
        .addCredentials(oidc.getCredentials())
        .addAttributes(oidc.getAttributes());
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
