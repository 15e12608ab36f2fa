package vn.hocsau.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import vn.hocsau.system.Roles;

/** Who is making the current request, for pages (the header) and services. */
@RequestScoped
@Named("user")
public class CurrentUser {

  @Inject SecurityIdentity identity;

  private String renamedTo;

  /** Whether someone is logged in. */
  public boolean isSignedIn() {
    return id().isPresent();
  }

  /** The logged-in user's id. */
  public Optional<Long> id() {
    return AccountIdentity.userId(identity);
  }

  /** The logged-in user's id; 401 when nobody is, 403 for an OIDC login that was not linked. */
  public Long requireId() {
    Optional<Long> id = id();
    if (id.isPresent()) {
      return id.get();
    }
    throw AccountIdentity.linkProblem(identity)
        .<RuntimeException>map(OidcLinkRefusedException::new)
        .orElseGet(UnauthorizedException::new);
  }

  /** The display name shown in the header, or empty. */
  public String displayName() {
    if (renamedTo != null) {
      return renamedTo;
    }
    Object name =
        identity.isAnonymous() ? null : identity.getAttribute(AccountIdentity.DISPLAY_NAME);
    return name == null ? "" : name.toString();
  }

  /**
   * Shows {@code displayName} for the rest of this request (after a profile change): the identity
   * still carries the name it was authenticated with.
   */
  public void renamed(String displayName) {
    this.renamedTo = displayName;
  }

  /** Whether the user is an administrator. */
  public boolean isAdmin() {
    return identity.hasRole(Roles.ADMIN);
  }

  /** Whether the user may author courses (instructors and administrators). */
  public boolean isInstructor() {
    return identity.hasRole(Roles.INSTRUCTOR);
  }
}
