package vn.hocsau.drills;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.hocsau.system.db.EmbeddedDatabase;

/**
 * The drill's own PostgreSQL: the platform's embedded server ({@link EmbeddedDatabase#builder},
 * same binaries, same settings), on a fixed data directory and port, in its own processes, so the
 * drill can stop it, kill it and start it again while the platform keeps running against it as an
 * external database.
 */
final class DrillDatabase implements AutoCloseable {

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private DrillDatabase(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Initialises a cluster in {@code dataDir} and starts it on a free port. */
  static DrillDatabase start(Path dataDir) throws IOException {
    DrillDatabase db = new DrillDatabase(dataDir, freePort());
    db.server = db.launch();
    return db;
  }

  /** The URL the platform is given, as an operator would give it an external server. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The port it listens on. */
  int port() {
    return port;
  }

  /** A direct connection, for reading back what the platform stored. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
  }

  /**
   * {@code pg_ctl stop -m fast}, what an upgrade or a service restart does: open sessions are
   * ended, the server shuts down cleanly and the port closes.
   */
  void stopFast() throws IOException {
    server.close();
    server = null;
  }

  /**
   * {@code kill -9} of the postmaster, as the OOM killer or a crashed host does. Its backends
   * notice that their parent is gone and exit on their own; the next start waits for them (a server
   * does not start while an old backend still holds the shared memory) and then replays the
   * write-ahead log.
   */
  void killPostmaster() throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle postmaster =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
    List<ProcessHandle> backends = postmaster.descendants().toList();
    postmaster.destroyForcibly();
    awaitExit(postmaster);
    for (ProcessHandle backend : backends) {
      awaitExit(backend);
    }
    // Releases zonky's lock on the data directory; its pg_ctl stop finds no server and says so.
    server.close();
    server = null;
  }

  /** Starts the server again on the same data directory and port; returns once it accepts. */
  void restart() throws IOException {
    server = launch();
  }

  private static void awaitExit(ProcessHandle process) throws InterruptedException {
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("PostgreSQL process " + process.pid() + " did not exit", e);
    }
  }

  /** The platform's own embedded configuration, data kept: the server its operators run. */
  private EmbeddedPostgres launch() throws IOException {
    return EmbeddedDatabase.builder(dataDir, port, true).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      stopFast();
    }
  }
}
