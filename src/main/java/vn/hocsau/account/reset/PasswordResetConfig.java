package vn.hocsau.account.reset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Password-reset links. The limits count over the window of {@code hocsau.rate-limit.window}, in
 * the same counters as login and sign-up.
 */
@ConfigMapping(prefix = "hocsau.password-reset")
public interface PasswordResetConfig {

  /** How long an emailed link works. */
  @WithDefault("PT30M")
  Duration linkTtl();

  /**
   * How long one try at handing a mail to the SMTP server may take before it is abandoned and tried
   * again on a new connection: a session that stalls (seen in CI: the server waited 30 s for the
   * client and closed with 421) must not lose the mail.
   */
  @WithDefault("PT20S")
  Duration sendTimeout();

  /** How many times a mail is tried in all. */
  @WithDefault("3")
  int sendAttempts();

  /** Reset requests allowed from one client address per window. */
  @WithDefault("10")
  int perIp();

  /** Reset requests allowed for one email per window, whoever makes them (no mail bombing). */
  @WithDefault("3")
  int perEmail();
}
