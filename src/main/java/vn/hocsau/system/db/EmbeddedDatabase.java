package vn.hocsau.system.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Starts a real PostgreSQL server from the binaries packaged on Maven Central, so that one command
 * runs the whole platform. Its data directory is kept between runs: a learner's progress survives a
 * restart.
 *
 * <p>When the process runs as root, zonky wraps every PostgreSQL binary in {@code unshare -U},
 * because PostgreSQL refuses to run as root. Where that cannot work we fail with a message that
 * says what to do instead.
 */
public final class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static EmbeddedPostgres running;

  private EmbeddedDatabase() {}

  /**
   * Starts (once per JVM) a server on {@code dataDir} and returns its JDBC URL.
   *
   * @param dataDir where the cluster lives; created and initialised on first use
   * @param port the port to listen on, or 0 for any free port
   * @param keepData false for throw-away clusters (tests), true to keep the data directory
   */
  public static synchronized String start(Path dataDir, int port, boolean keepData) {
    if (running == null) {
      running = launch(dataDir, port, keepData);
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-pg-stop"));
    }
    return running.getJdbcUrl("postgres", "postgres");
  }

  /** Stops the server started by {@link #start}, if any. */
  public static synchronized void stop() {
    if (running != null) {
      try {
        running.close();
      } catch (IOException e) {
        LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
      }
      running = null;
    }
  }

  private static EmbeddedPostgres launch(Path dataDir, int port, boolean keepData) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    refuseIfStillRunning(absolute);
    try {
      Files.createDirectories(absolute);
      EmbeddedPostgres pg = builder(absolute, port, keepData).start();
      LOG.infof("Embedded PostgreSQL started on port %d, data in %s", pg.getPort(), absolute);
      return pg;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL in "
              + absolute
              + ". If you run as root, the 'unshare' command (util-linux) must be able to create a"
              + " user namespace (sysctl kernel.unprivileged_userns_clone=1); otherwise run as a"
              + " normal user, or set QUARKUS_DATASOURCE_JDBC_URL to an external PostgreSQL."
              + " Cause: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * How the embedded server is configured, also for the fault drills, which must crash the same
   * server the platform runs on.
   *
   * <p>zonky turns {@code synchronous_commit} off, which is right for throw-away test clusters but
   * not for kept data: a commit would be acknowledged (a submission shown as scored) before its
   * write-ahead log reached the disk, and a crash of PostgreSQL (kill -9, power loss) would then
   * lose it. Kept data therefore gets PostgreSQL's own default, {@code on}.
   */
  public static EmbeddedPostgres.Builder builder(Path dataDir, int port, boolean keepData) {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(!keepData)
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "100")
            .setServerConfig("synchronous_commit", keepData ? "on" : "off")
            .setLocaleConfig("locale", "C.UTF-8");
    if (port > 0) {
      builder.setPort(port);
    }
    return builder;
  }

  /** A server left behind by a killed process still owns the directory: say so plainly. */
  private static void refuseIfStillRunning(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    Optional<Long> pid = readPid(pidFile);
    if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
      throw new IllegalStateException(
          "A PostgreSQL server (pid "
              + pid.get()
              + ") from an earlier run still uses "
              + dataDir
              + ". Stop it with 'kill "
              + pid.get()
              + "' and start again.");
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
      return Optional.of(Long.parseLong(first));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
