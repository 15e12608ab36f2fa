package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.EmbeddedPostgresResource;

/**
 * The migrations upgrade an empty database, and a database at the previous version keeps its data
 * when upgraded. Each case gets its own fresh database on the test server.
 */
@QuarkusTest
class MigrationTest {

  @Test
  void upgradesAnEmptyDatabaseToTheLatestVersion() throws SQLException {
    String url = freshDatabase("mig_empty");
    Flyway flyway = flyway(url, MigrationVersion.LATEST);
    flyway.migrate();
    flyway.validate();
    assertEquals(latest(flyway), flyway.info().current().getVersion());
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")) {
      rs.next();
      assertEquals(2, rs.getInt(1), "search extensions must be enabled by migration");
    }
  }

  @Test
  void upgradesFromThePreviousVersionKeepingData() throws SQLException {
    String url = freshDatabase("mig_previous");
    MigrationVersion[] versions = versions(flyway(url, MigrationVersion.LATEST));
    assertTrue(versions.length >= 2, "need at least two migrations");
    MigrationVersion previous = versions[versions.length - 2];
    flyway(url, previous).migrate();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO app_user (email, display_name, role, language, created_at, updated_at)"
              + " VALUES ('kept@example.vn', 'Người cũ', 'learner', 'vi', now(), now())");
    }
    Flyway upgrade = flyway(url, MigrationVersion.LATEST);
    upgrade.migrate();
    upgrade.validate();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT display_name FROM app_user WHERE email = 'kept@example.vn'")) {
      assertTrue(rs.next(), "data written before the upgrade must survive it");
      assertEquals("Người cũ", rs.getString(1));
    }
  }

  private static MigrationVersion latest(Flyway flyway) {
    MigrationVersion[] all = versions(flyway);
    return all[all.length - 1];
  }

  private static MigrationVersion[] versions(Flyway flyway) {
    return Arrays.stream(flyway.info().all())
        .map(MigrationInfo::getVersion)
        .sorted(Comparator.naturalOrder())
        .toArray(MigrationVersion[]::new);
  }

  private static Flyway flyway(String url, MigrationVersion target) {
    return Flyway.configure()
        .dataSource(url, "postgres", "postgres")
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  private static String freshDatabase(String name) throws SQLException {
    String serverUrl = EmbeddedPostgresResource.jdbcUrl();
    try (Connection c = DriverManager.getConnection(serverUrl, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
    return serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
  }
}
