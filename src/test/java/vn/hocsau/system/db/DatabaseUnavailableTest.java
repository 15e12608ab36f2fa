package vn.hocsau.system.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * What the drill saw while PostgreSQL restarted, wrapped as Hibernate and the pool wrap it: each is
 * an outage (503), while a query's own error stays a defect (500).
 */
class DatabaseUnavailableTest {

  @Test
  void refusedConnectionIsAnOutage() {
    var refused =
        new PSQLException(
            "Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
    assertTrue(
        DatabaseUnavailable.causedBy(
            new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));
  }

  @Test
  void sessionEndedByAShutdownIsAnOutage() {
    // "FATAL: terminating connection due to administrator command" (fast shutdown) and "...due to
    // unexpected postmaster exit" (kill -9): Hibernate calls them generic, the state says 57P01.
    var ended = new SQLException("terminating connection due to administrator command", "57P01");
    assertTrue(
        DatabaseUnavailable.causedBy(
            new PersistenceException(new GenericJDBCException("select", ended))));
    assertTrue(
        DatabaseUnavailable.causedBy(
            new SQLException("the database system is starting up", "57P03")));
  }

  @Test
  void commitCutShortIsAnOutage() {
    // As the full drill saw it: Narayana's RollbackException, the driver's error only in a
    // suppressed XAException.
    var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    var xa = new XAException("Error trying to transactionCommit local transaction");
    xa.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
    rollback.addSuppressed(xa);
    assertTrue(
        DatabaseUnavailable.causedBy(
            new ArcUndeclaredThrowableException("Error invoking subclass method", rollback)));
  }

  @Test
  void brokenSocketIsAnOutage() {
    assertTrue(
        DatabaseUnavailable.causedBy(
            new RuntimeException(
                new PSQLException(
                    "An I/O error occurred while sending to the backend.",
                    PSQLState.CONNECTION_FAILURE))));
  }

  /**
   * Drill 5: with 500 ms per round trip, opening a connection (several round trips) outlasted the
   * pool's acquisition timeout, and the request that asked for it failed with a SQLException
   * without SQLSTATE, a 500. Here the real pool and driver wait on a server that accepts and never
   * answers.
   */
  @Test
  void aConnectionThePoolCannotHandOutInTimeIsAnOutage() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AgroalDataSource pool =
            AgroalDataSource.from(
                new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(
                        cp ->
                            cp.maxSize(1)
                                .acquisitionTimeout(Duration.ofMillis(300))
                                .connectionFactoryConfiguration(
                                    cf ->
                                        cf.jdbcUrl(
                                                "jdbc:postgresql://127.0.0.1:"
                                                    + silent.getLocalPort()
                                                    + "/postgres?socketTimeout=5")
                                            .principal(new NamePrincipal("postgres"))
                                            .credential(new SimplePassword("postgres")))))) {
      SQLException timedOut = assertThrows(SQLException.class, pool::getConnection);
      assertTrue(
          DatabaseUnavailable.causedBy(
              new GenericJDBCException("Unable to acquire JDBC Connection", timedOut)),
          timedOut.toString());
    }
    // The same pool, full of busy connections, says it differently.
    assertTrue(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!")));
  }

  @Test
  void aQueryErrorIsNot() {
    assertFalse(
        DatabaseUnavailable.causedBy(
            new GenericJDBCException("x", new SQLException("syntax error", "42601"))));
    // 57014 is a cancelled query (statement timeout): the server is there.
    assertFalse(DatabaseUnavailable.causedBy(new SQLException("canceling statement", "57014")));
    assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("boom")));
  }
}
