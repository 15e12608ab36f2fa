package vn.hocsau.system.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Session and cookie settings. */
@ConfigMapping(prefix = "hocsau.auth")
public interface SecurityConfig {

  /** How long a login lasts. */
  @WithDefault("P14D")
  Duration sessionTtl();

  /** Mark cookies Secure (HTTPS only). On in production, off for plain-HTTP local runs. */
  @WithDefault("false")
  boolean secureCookie();

  /** bcrypt cost factor for new password hashes (each step doubles the work). */
  @WithDefault("12")
  int bcryptCost();
}
