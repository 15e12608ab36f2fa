package vn.hocsau.job.runner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.job.RunnerToken;
import vn.hocsau.job.RunnerTokenRepository;
import vn.hocsau.job.RunnerTokenView;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.token.TokenException;
import vn.hocsau.system.token.TokenFormat;

/**
 * Runner tokens: admins create and revoke them, the runner API authenticates with them. A token is
 * {@value #PREFIX} and 43 random URL-safe characters; the prefix lets the authentication mechanism
 * recognise it among other bearer tokens (Keycloak's), and lets secret scanners find leaked ones.
 */
@ApplicationScoped
@Transactional
public class RunnerTokenService {

  /** The start of every runner token. */
  public static final String PREFIX = "hsr_";

  /** Longest token name. */
  public static final int NAME_MAX = 64;

  private static final TokenFormat FORMAT = new TokenFormat(PREFIX, Sha256::hex);
  // Writing last_seen_at on every heartbeat would cost a write per call for little use.
  private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

  @Inject RunnerTokenRepository tokens;
  @Inject Clock clock;

  /** Every token, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RunnerTokenView> list() {
    return tokens.listNewestFirst().stream().map(RunnerToken::view).toList();
  }

  /** Creates a token named {@code name}; the plain text is in the result and nowhere else. */
  public NewRunnerToken create(String name) {
    String clean = checkName(name);
    TokenFormat.Secret secret = FORMAT.issue();
    RunnerToken row = new RunnerToken();
    row.issue(clean, secret, clock.instant());
    tokens.persist(row);
    return new NewRunnerToken(row.view(), secret.plain());
  }

  /**
   * Revokes a token; calls with it are refused from now on. Jobs its runners hold go back to the
   * queue when their leases expire. Revoking twice is harmless.
   */
  public RunnerTokenView revoke(Long id) {
    RunnerToken row =
        tokens
            .findByIdOptional(id)
            .orElseThrow(() -> new TokenException(RunnerTokenProblem.NOT_FOUND));
    row.revoke(clock.instant());
    return row.view();
  }

  /** Whether {@code token} is one of ours and not revoked; records nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isActive(String token) {
    return FORMAT.accepts(token) && tokens.findActive(FORMAT.hash(token)).isPresent();
  }

  /** The token behind {@code token} if it is ours and not revoked; records that it was seen. */
  public Optional<RunnerTokenView> authenticate(String token) {
    if (!FORMAT.accepts(token)) {
      return Optional.empty();
    }
    Optional<RunnerToken> row = tokens.findActive(FORMAT.hash(token));
    row.ifPresent(
        t -> {
          Instant now = clock.instant();
          tokens.touch(t.id, now, now.minus(SEEN_RESOLUTION));
        });
    return row.map(RunnerToken::view);
  }

  private static String checkName(String name) {
    String clean = name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    if (clean.isEmpty()) {
      throw new TokenException(RunnerTokenProblem.NAME_REQUIRED);
    }
    if (clean.codePointCount(0, clean.length()) > NAME_MAX) {
      throw new TokenException(RunnerTokenProblem.NAME_TOO_LONG);
    }
    if (clean.codePoints().anyMatch(Character::isISOControl)) {
      throw new TokenException(RunnerTokenProblem.NAME_CONTROL_CHARACTERS);
    }
    return clean;
  }
}
