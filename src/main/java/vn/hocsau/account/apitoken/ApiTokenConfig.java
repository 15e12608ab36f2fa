package vn.hocsau.account.apitoken;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of personal API tokens. */
@ConfigMapping(prefix = "hocsau.api-tokens")
public interface ApiTokenConfig {

  /** Tokens one user may create per rate-limit window ({@code hocsau.rate-limit.window}). */
  @WithDefault("10")
  int createPerWindow();

  /** Active tokens one user may hold at once. */
  @WithDefault("20")
  int maxActive();
}
