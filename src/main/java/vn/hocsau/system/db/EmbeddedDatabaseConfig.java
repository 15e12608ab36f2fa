package vn.hocsau.system.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the embedded PostgreSQL. They are read by {@code Main} before Quarkus starts, from
 * environment variables or system properties; this mapping documents and validates them.
 */
@ConfigMapping(prefix = "hocsau.db.embedded")
public interface EmbeddedDatabaseConfig {

  /** Where the cluster lives (HOCSAU_DB_EMBEDDED_DATA_DIR); kept between runs. */
  @WithDefault("./data/postgres")
  String dataDir();

  /** Port to listen on (HOCSAU_DB_EMBEDDED_PORT); 0 picks a free one. */
  @WithDefault("0")
  int port();
}
