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

  /** Reset requests allowed from one client address per window. */
  @WithDefault("10")
  int perIp();

  /** Reset requests allowed for one email per window, whoever makes them (no mail bombing). */
  @WithDefault("3")
  int perEmail();
}
