package vn.hocsau.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.security.RateLimitConfig;
import vn.hocsau.system.security.RateLimiter;

/** Sign-up, password login and profile changes for local accounts. */
@ApplicationScoped
@Transactional
public class AccountService {

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject RateLimiter limiter;
  @Inject RateLimitConfig limits;
  @Inject Clock clock;
  @Inject Event<PasswordChanged> passwordChanged;

  /** Creates a learner account. Validates everything first; on any problem nothing is written. */
  public UserView signUp(SignUp form, String clientAddress, Language language) {
    String name = InputRules.normaliseName(form.displayName());
    String email = InputRules.normaliseEmail(form.email());
    new InputRules.Check()
        .add("displayName", InputRules.checkName(name))
        .add("email", InputRules.checkEmail(email))
        .add("password", InputRules.checkNewPassword(form.password()))
        .orThrow();
    limiter.acquire("signup-ip:" + clientAddress, limits.signupPerIp());
    if (users.findByEmail(email).isPresent()) {
      throw AccountException.of("email", AccountProblem.EMAIL_TAKEN);
    }
    AppUser user = newUser(email, name, Roles.LEARNER, language);
    user.passwordHash = hasher.hash(form.password());
    try {
      users.persistAndFlush(user);
    } catch (PersistenceException e) {
      if (e instanceof ConstraintViolationException
          || e.getCause() instanceof ConstraintViolationException) {
        // Two sign-ups raced past the check above; the unique index decided.
        throw AccountException.of("email", AccountProblem.EMAIL_TAKEN);
      }
      throw e;
    }
    return user.view();
  }

  /**
   * The account for these credentials, if they are right. Every attempt counts against the limits
   * of the client address and of the email, whether it succeeds or not.
   */
  public Optional<UserView> logIn(String email, String password, String clientAddress) {
    String normalised = InputRules.normaliseEmail(email == null ? "" : email);
    limiter.acquire("login-ip:" + clientAddress, limits.loginPerIp());
    limiter.acquire(
        "login-account:" + normalised.toLowerCase(Locale.ROOT), limits.loginPerAccount());
    // No account can hold such an email (sign-up refuses it), and PostgreSQL refuses a NUL.
    if (normalised.isEmpty()
        || password == null
        || normalised.length() > InputRules.EMAIL_MAX
        || normalised.indexOf('\u0000') >= 0) {
      hasher.matches(password == null ? "" : password, null);
      return Optional.empty();
    }
    Optional<AppUser> user = users.findByEmail(normalised);
    String hash = user.map(u -> u.passwordHash).orElse(null);
    boolean ok = hasher.matches(password, hash);
    return ok ? user.map(AppUser::view) : Optional.empty();
  }

  /** Changes display name and language. */
  public UserView updateProfile(Long userId, String displayName, String languageCode) {
    String name = InputRules.normaliseName(displayName);
    Optional<Language> language = Language.fromCode(languageCode);
    new InputRules.Check()
        .add("displayName", InputRules.checkName(name))
        .add(
            "language",
            language.isPresent() ? Optional.empty() : Optional.of(AccountProblem.INVALID_LANGUAGE))
        .orThrow();
    AppUser user = require(userId);
    user.displayName = name;
    user.language = language.get().code();
    user.updatedAt = clock.instant();
    return user.view();
  }

  /** Changes the password after checking the current one. */
  public void changePassword(Long userId, String current, String next) {
    AppUser user = require(userId);
    if (user.passwordHash == null) {
      throw AccountException.of("currentPassword", AccountProblem.PASSWORD_MANAGED_EXTERNALLY);
    }
    if (current == null || !hasher.matches(current, user.passwordHash)) {
      throw AccountException.of("currentPassword", AccountProblem.CURRENT_PASSWORD_WRONG);
    }
    new InputRules.Check().add("newPassword", InputRules.checkNewPassword(next)).orThrow();
    setPassword(user, next);
  }

  /**
   * Sets a new password without the current one: the caller has proven control of the account's
   * email (a password-reset link). Accounts whose password lives with the identity provider have
   * none to set here.
   */
  public void resetPassword(Long userId, String next) {
    AppUser user = require(userId);
    if (user.passwordHash == null) {
      throw AccountException.of("password", AccountProblem.PASSWORD_MANAGED_EXTERNALLY);
    }
    new InputRules.Check().add("password", InputRules.checkNewPassword(next)).orThrow();
    setPassword(user, next);
  }

  /** The local account with this email, if it exists, for a password-reset request. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserView> findByEmail(String email) {
    String normalised = InputRules.normaliseEmail(email);
    if (InputRules.checkEmail(normalised).isPresent()) {
      return Optional.empty();
    }
    return users.findByEmail(normalised).map(AppUser::view);
  }

  private void setPassword(AppUser user, String next) {
    user.passwordHash = hasher.hash(next);
    user.updatedAt = clock.instant();
    passwordChanged.fire(new PasswordChanged(user.id));
  }

  /** The user's current view. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public UserView get(Long userId) {
    return require(userId).view();
  }

  AppUser newUser(String email, String name, String role, Language language) {
    AppUser user = new AppUser();
    Instant now = clock.instant();
    user.email = email;
    user.displayName = name;
    user.role = role;
    user.language = language.code();
    user.createdAt = now;
    user.updatedAt = now;
    return user;
  }

  private AppUser require(Long userId) {
    AppUser user = users.findById(userId);
    if (user == null) {
      throw AccountException.of("user", AccountProblem.USER_NOT_FOUND);
    }
    return user;
  }

  /** The sign-up form as submitted. */
  public record SignUp(String displayName, String email, String password) {}
}
