package vn.hocsau.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.PasswordHasher;
import vn.hocsau.account.SessionService;
import vn.hocsau.account.UserRepository;

/** Creates accounts and logins directly, for tests that are about something else than login. */
@ApplicationScoped
public class TestAccounts {

  /** The password of every account made here. */
  public static final String PASSWORD = "correct-horse-battery";

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject SessionService sessions;

  /** A new user with {@code role} and a unique email. */
  @Transactional
  public AppUser create(String role) {
    AppUser user = new AppUser();
    user.email = role + "-" + UUID.randomUUID() + "@test.hocsau.vn";
    user.displayName = "Test " + role;
    user.role = role;
    user.language = "vi";
    user.passwordHash = hasher.hash(PASSWORD);
    user.createdAt = Instant.now();
    user.updatedAt = user.createdAt;
    users.persist(user);
    return user;
  }

  /** A fresh session cookie value for {@code userId}. */
  public String login(Long userId) {
    return sessions.open(userId);
  }

  /** Whether an account with this email exists. */
  @Transactional
  public boolean exists(String email) {
    return users.findByEmail(email).isPresent();
  }

  /** How many accounts exist. */
  @Transactional
  public long count() {
    return users.count();
  }

  /** The stored user with this email. */
  @Transactional
  public AppUser byEmail(String email) {
    return users.findByEmail(email).orElseThrow();
  }
}
