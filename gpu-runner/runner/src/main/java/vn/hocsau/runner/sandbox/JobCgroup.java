package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One control group holding every process of one job, so memory, pids and CPU are limited for the
 * whole process tree and the whole tree can be killed at once, whatever it forked or daemonized.
 */
public interface JobCgroup extends AutoCloseable {

  /** The {@code cgroup.procs} files a process must write its pid into to join this group. */
  List<Path> procsFiles();

  /** Pids currently in the group. */
  List<Long> pids() throws IOException;

  /** Times the kernel's OOM killer killed a process of this group. */
  long oomKills() throws IOException;

  /**
   * Times the group's memory use reached its limit (v1 {@code memory.failcnt}, v2 {@code max} of
   * {@code memory.events}), whether or not reclaiming memory then avoided an OOM kill.
   */
  long memoryLimitHits() throws IOException;

  /** CPU time used by the group so far, in seconds. */
  double cpuSeconds() throws IOException;

  /**
   * Kills every process and polls until the group is empty.
   *
   * @throws IOException if processes remain after the deadline
   */
  void killAll(java.time.Duration deadline) throws IOException;

  /** Kills what is left and removes the group. */
  @Override
  void close() throws IOException;
}
