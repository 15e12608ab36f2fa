package vn.hocsau.system.web;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a full disk from a defect. When the folder the platform buffers uploads in (Quarkus' {@code
 * quarkus.http.body.uploads-directory}) or PostgreSQL's own disk runs out of space, the request
 * failed for want of room, not because of what the learner sent or a bug: the same request succeeds
 * once space returns, so the web layer answers 507 Insufficient Storage with {@code Retry-After}
 * instead of logging a 500.
 */
public final class DiskFull {

  /**
   * What {@code Retry-After} says: freeing space takes an operator, minutes rather than seconds.
   */
  public static final int RETRY_AFTER_SECONDS = 60;

  /** The kernel's ENOSPC, as the JDK reports it (strerror, in the C locale the JVM runs in). */
  private static final String NO_SPACE = "No space left on device";

  /** PostgreSQL's disk_full. */
  private static final String SQLSTATE_DISK_FULL = "53100";

  private DiskFull() {}

  /** Whether {@code e}, or any exception it wraps or suppressed, says a disk is full. */
  public static boolean causedBy(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (full(t)) {
        return true;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return false;
  }

  private static boolean full(Throwable t) {
    if (t instanceof FileSystemException fs && NO_SPACE.equals(fs.getReason())) {
      return true;
    }
    if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains(NO_SPACE)) {
      return true;
    }
    return t instanceof SQLException sql && SQLSTATE_DISK_FULL.equals(sql.getSQLState());
  }
}
