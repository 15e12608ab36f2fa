package vn.hocsau.runner.sandbox;

import java.time.Duration;

/**
 * What one job may use. Memory for the cgroup is {@code memoryBytes + tmpBytes + outBytes}: tmpfs
 * pages are charged to the job that wrote them, so the file systems must fit in the limit too.
 *
 * @param wallTime longest the job may run before the runner kills it
 * @param memoryBytes memory for the processes (heap, off-heap, native)
 * @param tmpBytes size of the writable {@code /tmp}
 * @param outBytes size of the writable {@code /out}
 * @param inodes most files on each of {@code /tmp} and {@code /out}
 * @param cpus CPU quota in whole CPUs
 * @param pids most processes and threads at once
 * @param cpuSeconds CPU-time rlimit per process, in seconds
 * @param logBytes most stdout plus stderr bytes before the job is stopped with OUTPUT_LIMIT
 * @param openFiles open-file rlimit
 */
public record SandboxLimits(
    Duration wallTime,
    long memoryBytes,
    long tmpBytes,
    long outBytes,
    long inodes,
    int cpus,
    int pids,
    long cpuSeconds,
    long logBytes,
    int openFiles) {

  /** Memory for the job's cgroup: processes plus both tmpfs file systems. */
  public long cgroupMemoryBytes() {
    return memoryBytes + tmpBytes + outBytes;
  }
}
