package vn.hocsau.system.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on login and sign-up attempts, per client address and per account. */
@ConfigMapping(prefix = "hocsau.rate-limit")
public interface RateLimitConfig {

  /** Login attempts allowed from one client address per window. */
  @WithDefault("30")
  int loginPerIp();

  /** Login attempts allowed for one email per window, whoever makes them. */
  @WithDefault("10")
  int loginPerAccount();

  /** Sign-ups allowed from one client address per window. */
  @WithDefault("10")
  int signupPerIp();

  /** Length of the fixed window the limits count over. */
  @WithDefault("PT15M")
  Duration window();
}
