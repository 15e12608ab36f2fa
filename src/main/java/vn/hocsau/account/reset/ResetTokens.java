package vn.hocsau.account.reset;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hocsau.account.AccountService;
import vn.hocsau.account.InputRules;
import vn.hocsau.account.PasswordChanged;
import vn.hocsau.account.SessionService;
import vn.hocsau.account.UserRepository;
import vn.hocsau.system.Sha256;

/**
 * Issues and redeems password-reset links. A link's token is 256 random bits; the database keeps
 * only its SHA-256, so reading the table gives no working link.
 */
@ApplicationScoped
@Transactional
public class ResetTokens {

  /** 32 random bytes in unpadded base64url. */
  private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9_-]{43}$");

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ResetTokenRepository tokens;
  @Inject UserRepository users;
  @Inject AccountService accounts;
  @Inject SessionService sessions;
  @Inject PasswordResetConfig config;
  @Inject Clock clock;

  /** A new link token for {@code userId}, valid for {@code hocsau.password-reset.link-ttl}. */
  public String issue(Long userId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ResetToken link = new ResetToken();
    link.tokenHash = Sha256.hex(token);
    link.user = users.findById(userId);
    link.createdAt = clock.instant();
    link.expiresAt = link.createdAt.plus(config.linkTtl());
    tokens.persist(link);
    return token;
  }

  /** The email of the account a working link belongs to; empty for a wrong, used or old link. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> emailFor(String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return tokens
        .findLiveUser(Sha256.hex(token), clock.instant())
        .map(id -> accounts.get(id).email());
  }

  /**
   * Uses a link: sets {@code password} on its account, ends every link and every session of that
   * account, and returns the account's id. The password is checked first, so a refused password
   * leaves the link working.
   *
   * @throws ResetLinkInvalidException when the link is wrong, used or expired
   */
  public Long redeem(String token, String password) {
    new InputRules.Check().add("password", InputRules.checkNewPassword(password)).orThrow();
    if (!wellFormed(token)) {
      throw new ResetLinkInvalidException();
    }
    String hash = Sha256.hex(token);
    Long userId =
        tokens.findLiveUser(hash, clock.instant()).orElseThrow(ResetLinkInvalidException::new);
    if (!tokens.consume(hash, clock.instant())) {
      throw new ResetLinkInvalidException(); // another request used it a moment ago
    }
    accounts.resetPassword(userId, password);
    sessions.closeOthers(userId, null);
    return userId;
  }

  /** A changed password ends the links sent for the old one, however it was changed. */
  void onPasswordChanged(@Observes PasswordChanged event) {
    tokens.deleteForUser(event.userId());
  }

  @Scheduled(every = "1h", delayed = "1m")
  void purgeExpired() {
    tokens.deleteExpired(clock.instant());
  }

  static boolean wellFormed(String token) {
    return token != null && WELL_FORMED.matcher(token).matches();
  }
}
