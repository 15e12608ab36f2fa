package vn.hocsau.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.hocsau.system.db.EmbeddedDatabase;

/**
 * Entry point. With no datasource URL configured it starts the embedded PostgreSQL first and points
 * the datasource at it, before Flyway and Hibernate come up.
 */
@QuarkusMain
public final class Main {

  /** Starts the platform. */
  public static void main(String... args) {
    Config config = ConfigProvider.getConfig();
    boolean external =
        config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent();
    if (!external) {
      Path dataDir =
          Path.of(
              config
                  .getOptionalValue("hocsau.db.embedded.data-dir", String.class)
                  .orElse("./data/postgres"));
      int port = config.getOptionalValue("hocsau.db.embedded.port", Integer.class).orElse(0);
      String url = EmbeddedDatabase.start(dataDir, port, true);
      System.setProperty("quarkus.datasource.jdbc.url", url);
      System.setProperty("quarkus.datasource.username", "postgres");
      System.setProperty("quarkus.datasource.password", "postgres");
    }
    Quarkus.run(args);
  }
}
