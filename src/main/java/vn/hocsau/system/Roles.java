package vn.hocsau.system;

import java.util.List;
import java.util.Set;

/**
 * The three roles of people on the platform, in one place; higher roles include the lower ones.
 * {@link #RUNNER} is the role of gpu-runner machines and is nobody's user role.
 */
public final class Roles {

  public static final String LEARNER = "learner";
  public static final String INSTRUCTOR = "instructor";
  public static final String ADMIN = "admin";

  /**
   * Held only by callers authenticated with a runner token. It is not in {@link #ALL}, so it can
   * never be given to a user, and no user role includes it.
   */
  public static final String RUNNER = "runner";

  /** All user roles, lowest first. */
  public static final List<String> ALL = List.of(LEARNER, INSTRUCTOR, ADMIN);

  private Roles() {}

  /** Whether {@code role} is one of ours. */
  public static boolean isValid(String role) {
    return ALL.contains(role);
  }

  /** The roles a user with {@code role} holds: an admin can do what an instructor can, etc. */
  public static Set<String> implied(String role) {
    return switch (role) {
      case ADMIN -> Set.of(ADMIN, INSTRUCTOR, LEARNER);
      case INSTRUCTOR -> Set.of(INSTRUCTOR, LEARNER);
      case LEARNER -> Set.of(LEARNER);
      default -> Set.of();
    };
  }

  /** The highest of our roles among {@code roles}, or learner when there is none. */
  public static String highest(Set<String> roles) {
    if (roles.contains(ADMIN)) {
      return ADMIN;
    }
    return roles.contains(INSTRUCTOR) ? INSTRUCTOR : LEARNER;
  }
}
