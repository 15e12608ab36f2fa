package vn.hocsau.runner.sandbox;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts a job's process with a cleared environment and watches it until it ends: drains its
 * output, and kills it at the wall-time limit, at the output cap, or when asked to stop.
 */
public final class ProcessWatch {

  /** How the process ended, before the sandbox adds cgroup and file-system facts. */
  public record Ended(
      int exitCode,
      double wallSeconds,
      boolean wallTimeExceeded,
      boolean outputLimitExceeded,
      String stopReason,
      String log) {}

  /** Kills every process of the job; called from the watching thread. */
  public interface Killer {
    /** Kills them all; the process may already have ended. */
    void killAll(Process process) throws IOException;
  }

  private static final long LOG_TAIL_CHARS = 64 * 1024;

  private ProcessWatch() {}

  /**
   * Runs {@code command} to its end and returns how it ended. Each time it kills, {@code killer}
   * runs first, then the process is destroyed.
   */
  public static Ended run(
      List<String> command,
      Map<String, String> launcherEnvironment,
      File workingDir,
      SandboxLimits limits,
      SandboxListener listener,
      StopSignal stop,
      Killer killer)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir);
    // The launcher must not hand the runner's environment (its token!) to anything it starts:
    // /proc/<pid>/environ of every process in the chain would show it.
    builder.environment().clear();
    builder.environment().putAll(launcherEnvironment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    long start = System.nanoTime();
    Process process = builder.start();
    AtomicLong printed = new AtomicLong();
    LogTail tail = new LogTail(LOG_TAIL_CHARS);
    Thread out = pump(process.getInputStream(), printed, limits, tail, listener, "stdout");
    Thread err = pump(process.getErrorStream(), printed, limits, tail, listener, "stderr");
    long deadline = start + limits.wallTime().toNanos();
    boolean wallTimeExceeded = false;
    boolean outputLimitExceeded = false;
    String stopReason = null;
    try {
      while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
        if (System.nanoTime() > deadline) {
          wallTimeExceeded = true;
        } else if (printed.get() > limits.logBytes()) {
          outputLimitExceeded = true;
        } else if (stop.reason() != null) {
          stopReason = stop.reason();
        } else {
          continue;
        }
        killer.killAll(process);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      killer.killAll(process);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the job ran", e);
    }
    double wallSeconds = (System.nanoTime() - start) / 1e9;
    // Daemons that escaped the main process still hold the pipes; they die with the group.
    killer.killAll(process);
    join(out);
    join(err);
    outputLimitExceeded |= printed.get() > limits.logBytes();
    return new Ended(
        process.exitValue(),
        wallSeconds,
        wallTimeExceeded,
        outputLimitExceeded,
        stopReason,
        tail.text());
  }

  private static Thread pump(
      java.io.InputStream in,
      AtomicLong printed,
      SandboxLimits limits,
      LogTail tail,
      SandboxListener listener,
      String name) {
    Thread thread =
        new Thread(new StreamPump(in, printed, limits.logBytes(), tail, listener), "job-" + name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void join(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
