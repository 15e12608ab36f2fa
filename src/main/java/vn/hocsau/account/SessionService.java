package vn.hocsau.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.security.SecurityConfig;

/** Creates, resolves and ends logins. Sessions live in PostgreSQL so replicas share them. */
@ApplicationScoped
@Transactional
public class SessionService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject SessionRepository sessions;
  @Inject UserRepository users;
  @Inject SecurityConfig config;
  @Inject Clock clock;

  /** Opens a session for {@code userId}; returns the token for the cookie. */
  public String open(Long userId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    UserSession session = new UserSession();
    session.tokenHash = hash(token);
    session.user = users.findById(userId);
    session.createdAt = clock.instant();
    session.expiresAt = session.createdAt.plus(config.sessionTtl());
    sessions.persist(session);
    return token;
  }

  /** The user behind a cookie token, if the session exists and has not expired. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserView> resolve(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return sessions.findLive(hash(token), clock.instant()).map(s -> s.user.view());
  }

  /** Ends the session behind {@code token}; unknown tokens are ignored (logout is idempotent). */
  public void close(String token) {
    if (token != null && token.length() <= 100) {
      sessions.deleteById(hash(token));
    }
  }

  /** Ends every other session of the user, e.g. after a password change. */
  public void closeOthers(Long userId, String keepToken) {
    sessions.deleteForUser(userId, hash(keepToken == null ? "" : keepToken));
  }

  @Scheduled(every = "1h", delayed = "1m")
  void purgeExpired() {
    sessions.deleteExpired(clock.instant());
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
