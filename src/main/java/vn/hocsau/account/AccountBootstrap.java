package vn.hocsau.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.Language;

/**
 * Creates the first admin from configuration when no admin exists yet, and in dev the demo
 * accounts. Passwords are never logged.
 */
@ApplicationScoped
public class AccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

  /** The demo accounts (dev profile only); documented in the README. */
  static final String DEMO_PASSWORD = "hocsau-demo-2026";

  static final String DEMO_LEARNER = "learner@hocsau.local";
  static final String DEMO_INSTRUCTOR = "instructor@hocsau.local";

  @Inject FirstAdminConfig admin;

  @ConfigProperty(name = "hocsau.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject UserRepository users;
  @Inject AccountService accounts;
  @Inject PasswordHasher hasher;

  @Transactional
  void onStart(@Observes StartupEvent event) {
    createFirstAdmin();
    if (demoData) {
      ensure(DEMO_LEARNER, "Học viên Demo", Roles.LEARNER);
      ensure(DEMO_INSTRUCTOR, "Giảng viên Demo", Roles.INSTRUCTOR);
    }
  }

  private void createFirstAdmin() {
    if (users.countWithRole(Roles.ADMIN) > 0) {
      return;
    }
    if (admin.email().isEmpty() || admin.password().isEmpty()) {
      LOG.warn(
          "No admin account exists. Set HOCSAU_ADMIN_EMAIL and HOCSAU_ADMIN_PASSWORD to create"
              + " the first one at start-up.");
      return;
    }
    String email = InputRules.normaliseEmail(admin.email().get());
    String password = admin.password().get();
    new InputRules.Check()
        .add("hocsau.admin.email", InputRules.checkEmail(email))
        .add("hocsau.admin.password", InputRules.checkNewPassword(password))
        .orThrow();
    AppUser admin = users.findByEmail(email).orElse(null);
    if (admin == null) {
      admin = accounts.newUser(email, "Admin", Roles.ADMIN, Language.VI);
      admin.passwordHash = hasher.hash(password);
      users.persist(admin);
    } else {
      admin.role = Roles.ADMIN;
    }
    LOG.infof("First admin account ready: %s", email);
  }

  private void ensure(String email, String name, String role) {
    if (users.findByEmail(email).isEmpty()) {
      AppUser user = accounts.newUser(email, name, role, Language.VI);
      user.passwordHash = hasher.hash(DEMO_PASSWORD);
      users.persist(user);
      LOG.infof("Demo account ready: %s (%s)", email, role);
    }
  }
}
