package vn.hocsau.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.hocsau.system.Roles;

/** What administrators do with accounts: list them and change roles. */
@ApplicationScoped
@Transactional
public class AdminUserService {

  @Inject UserRepository users;
  @Inject Clock clock;

  /** Every user, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<UserView> list() {
    return users.listNewestFirst().stream().map(AppUser::view).toList();
  }

  /** Gives {@code userId} the role {@code role}. The last admin cannot be demoted. */
  public UserView changeRole(Long userId, String role) {
    if (!Roles.isValid(role)) {
      throw AccountException.of("role", AccountProblem.INVALID_ROLE);
    }
    AppUser user = users.findById(userId);
    if (user == null) {
      throw AccountException.of("user", AccountProblem.USER_NOT_FOUND);
    }
    if (Roles.ADMIN.equals(user.role)
        && !Roles.ADMIN.equals(role)
        && users.countWithRole(Roles.ADMIN) <= 1) {
      throw AccountException.of("role", AccountProblem.LAST_ADMIN);
    }
    user.role = role;
    user.updatedAt = clock.instant();
    return user.view();
  }
}
