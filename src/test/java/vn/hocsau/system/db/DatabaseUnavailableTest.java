package vn.hocsau.system.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
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
