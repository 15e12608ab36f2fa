package vn.hocsau.system.db;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database outage from a defect. While PostgreSQL restarts, every query fails: the pool
 * cannot connect (SQLSTATE class 08, connection exception), or the server ends the session it was
 * using (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, which also covers
 * "the database system is starting up"). A database that answers too slowly shows up the same way
 * one level up: the connection pool cannot hand out a connection within its acquisition timeout
 * (Agroal's SQLException has no SQLSTATE). These say nothing about the request, and the same
 * request succeeds once the server is back or fast again, so the web layer answers 503 with {@code
 * Retry-After} instead of logging a 500.
 */
public final class DatabaseUnavailable {

  /** What {@code Retry-After} says: a restarting PostgreSQL is usually back within seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private DatabaseUnavailable() {}

  /**
   * Whether {@code e}, or any exception it wraps, says the database cannot be reached now. Looks at
   * suppressed exceptions too: a commit that loses its connection surfaces as Narayana's
   * RollbackException, with the driver's error only in a suppressed XAException.
   */
  public static boolean causedBy(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLException sql && unavailable(sql)) {
        return true;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return false;
  }

  private static boolean unavailable(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      String state = s.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
        return true;
      }
      if (state == null && poolTimedOut(s.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Agroal's two acquisition timeouts: no new connection opened in time ("Acquisition timeout while
   * waiting for new connection"), or none of the pool's came free ("Sorry, acquisition timeout!").
   */
  private static boolean poolTimedOut(String message) {
    return message != null
        && (message.startsWith("Acquisition timeout")
            || message.startsWith("Sorry, acquisition timeout"));
  }
}
