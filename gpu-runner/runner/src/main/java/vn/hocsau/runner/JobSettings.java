package vn.hocsau.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the runner prepares and limits each job, beyond the wall time and memory of {@link
 * RunnerConfig}.
 *
 * @param workDir job folders, the blob cache, unpacked natives and scratch mounts
 * @param trainerDir the trainer distribution ({@code lib/*.jar}), bound read-only
 * @param cpus CPUs per job
 * @param tmpSize size of each job's {@code /tmp}
 * @param outSize size of each job's {@code /out}
 * @param logLimit most stdout plus stderr bytes per job
 * @param heapPercent share of the job's memory for the Java heap
 * @param jvmFlags extra trainer JVM flags, appended last
 * @param warmupCommand the natives warm-up command template, or empty for the built-in one
 * @param classArchive whether jobs share an AppCDS archive of the trainer's classes
 * @param drainTime how long SIGTERM waits for running jobs
 * @param allowUnsandboxed whether {@code none} mode was explicitly accepted
 */
public record JobSettings(
    Path workDir,
    Path trainerDir,
    int cpus,
    MemorySize tmpSize,
    MemorySize outSize,
    MemorySize logLimit,
    int heapPercent,
    List<String> jvmFlags,
    String warmupCommand,
    boolean classArchive,
    Duration drainTime,
    boolean allowUnsandboxed) {

  /** The value {@code HOCSAU_ALLOW_UNSANDBOXED} must have to run code without a sandbox. */
  public static final String UNSANDBOXED_CONSENT = "i-understand";

  /** Copies the flags. */
  public JobSettings {
    jvmFlags = List.copyOf(jvmFlags);
  }

  static boolean parseOnOff(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> throw new IllegalArgumentException("'" + text + "' must be on or off");
    };
  }

  static int parseCpus(String text) {
    return parseInt(text, 1, 256);
  }

  static int parseHeapPercent(String text) {
    return parseInt(text, 10, 90);
  }

  static List<String> parseFlags(String text) {
    return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  private static int parseInt(String text, int min, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "'" + text + "' must be a whole number from " + min + " to " + max);
  }
}
