package vn.hocsau.system.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The embedded server keeps what it acknowledged: with kept data, a commit returns only once its
 * write-ahead log is on disk. zonky's default ({@code synchronous_commit=off}) lost 4 acknowledged
 * submissions when the PostgreSQL restart drill killed the postmaster with kill -9.
 */
class EmbeddedDatabaseDurabilityTest {

  @Test
  void keptDataCommitsSynchronously() throws Exception {
    Path dir = Files.createTempDirectory("hocsau-durability-");
    try (EmbeddedPostgres pg = EmbeddedDatabase.builder(dir, 0, true).start();
        Connection c = pg.getPostgresDatabase().getConnection();
        ResultSet rs = c.createStatement().executeQuery("show synchronous_commit")) {
      rs.next();
      assertEquals("on", rs.getString(1));
    } finally {
      try (var paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
