package vn.hocsau.account;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The first administrator, created at start-up when no admin exists. Both must be set. */
@ConfigMapping(prefix = "hocsau.admin")
public interface FirstAdminConfig {

  /** Email of the first admin (HOCSAU_ADMIN_EMAIL). */
  Optional<String> email();

  /** Password of the first admin (HOCSAU_ADMIN_PASSWORD), at least 10 characters. */
  Optional<String> password();
}
