package vn.hocsau.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.hocsau.system.db.EmbeddedDatabase;

/**
 * Every {@code @QuarkusTest} runs against a real PostgreSQL: a throw-away embedded cluster, started
 * once per test JVM.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private static String url;

  /** The JDBC URL of the test server (starting it if needed), for tests that need raw access. */
  public static synchronized String jdbcUrl() {
    if (url == null) {
      try {
        Path dir = Files.createTempDirectory("hocsau-test-pg");
        url = EmbeddedDatabase.start(dir, 0, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return url;
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    // The server lives as long as the test JVM; EmbeddedDatabase stops it in a shutdown hook.
  }
}
