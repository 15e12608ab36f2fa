package vn.hocsau.system.pagecache;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's change channels on a connection of its own, outside the pool, and tells
 * the {@link PageCache}: {@code hocsau_course_changed} (V64: every course row change, with the
 * slug) and {@code hocsau_board_changed} (V65: a lab's board entries or private board changed, with
 * {@code course/lab}; {@code *} when a learner's display name changed). The cache serves only while
 * this connection is up and listening: a lost connection empties it and stops it until the listener
 * is back (retried with a growing pause, up to 5 s). A query every few seconds finds a connection
 * that died without a word (a network cut), so pages are never trusted for longer than that after
 * notifications stopped arriving.
 */
@ApplicationScoped
public class ChangeListener {

  /** The channel V64's trigger notifies. */
  static final String COURSES = "hocsau_course_changed";

  /** The channel V65's triggers notify. */
  static final String BOARDS = "hocsau_board_changed";

  /** The listening session's {@code application_name}. */
  static final String APPLICATION_NAME = "hocsau-page-cache";

  private static final Logger LOG = Logger.getLogger(ChangeListener.class);
  private static final int WAIT_MS = 1000;
  private static final Duration HEARTBEAT = Duration.ofSeconds(5);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  @Inject AgroalDataSource dataSource;
  @Inject PageCache cache;

  private volatile boolean running;
  private Thread thread;

  void start(@Observes StartupEvent event) {
    if (!cache.enabled()) {
      return;
    }
    running = true;
    thread = new Thread(this::run, "page-cache-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run() {
    long pauseMs = 250;
    while (running) {
      try (Connection connection = connect()) {
        listen(connection);
        pauseMs = 250;
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warnf("Page cache off until the course-change listener reconnects: %s", e.toString());
        }
      } finally {
        cache.store().trust(false);
      }
      try {
        Thread.sleep(pauseMs);
      } catch (InterruptedException e) {
        return;
      }
      pauseMs = Math.min(pauseMs * 2, MAX_PAUSE.toMillis());
    }
  }

  /**
   * A connection of its own, outside the pool, with the pool's settings: it is held for as long as
   * it lives, and one that broke must not go back to the pool for a request to meet.
   */
  private Connection connect() throws SQLException {
    AgroalConnectionFactoryConfiguration factory =
        dataSource
            .getConfiguration()
            .connectionPoolConfiguration()
            .connectionFactoryConfiguration();
    Properties properties = new Properties();
    properties.putAll(factory.jdbcProperties());
    if (factory.principal() != null) {
      properties.setProperty("user", factory.principal().getName());
    }
    for (Object credential : factory.credentials()) {
      if (credential instanceof SimplePassword password) {
        properties.setProperty("password", password.getWord());
      }
    }
    Connection connection = new Driver().connect(factory.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL JDBC URL: the page cache needs PostgreSQL");
    }
    return connection;
  }

  private void listen(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement s = connection.createStatement()) {
      // Named, so that operators (and PageCacheTest) can find it in pg_stat_activity.
      s.execute("SET application_name = '" + APPLICATION_NAME + "'");
      s.execute("LISTEN " + COURSES);
      s.execute("LISTEN " + BOARDS);
    }
    PGConnection pg = connection.unwrap(PGConnection.class);
    cache.store().trust(true);
    LOG.debug("Page cache listening for course changes");
    long checked = System.nanoTime();
    while (running) {
      PGNotification[] notifications = pg.getNotifications(WAIT_MS);
      if (notifications != null) {
        for (PGNotification n : notifications) {
          changed(n.getName(), n.getParameter());
        }
      }
      if (System.nanoTime() - checked > HEARTBEAT.toNanos()) {
        try (Statement s = connection.createStatement()) {
          s.setQueryTimeout((int) HEARTBEAT.toSeconds());
          s.execute("SELECT 1");
        }
        checked = System.nanoTime();
      }
    }
  }

  private void changed(String channel, String payload) {
    if (COURSES.equals(channel)) {
      cache.store().changed(payload, PageStore.EVERY_COURSE);
    } else {
      int slash = payload.indexOf('/');
      // "*" (a display name changed) drops every board; so would a payload nobody expected.
      cache
          .store()
          .changed(
              slash < 0
                  ? PageStore.EVERY_BOARD
                  : PageStore.board(payload.substring(0, slash), payload.substring(slash + 1)));
    }
  }
}
