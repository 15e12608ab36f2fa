package vn.hocsau.trainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a job's start-up time goes, for the runner-overhead benchmark ({@code bench/runner}). Off
 * unless the trainer runs with {@code -Dhocsau.timing=true}; then the trainer logs one line after
 * the first epoch: {@code startup timing: start=<epoch ms> main=+412 natives=+1320 ...}, each mark
 * in milliseconds since the trainer process was started (the exec at the end of the sandbox's
 * launch chain), so JVM boot, ND4J's native load, network set-up, data loading and the first epoch
 * can be told apart.
 */
final class StartupTimes {

  static final String PROPERTY = "hocsau.timing";
  static final String PREFIX = "startup timing: ";

  private static final Map<String, Long> MARKS = new LinkedHashMap<>();
  private static boolean reported;

  private StartupTimes() {}

  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * When this process was started, in epoch milliseconds. {@link ProcessHandle.Info#startInstant}
   * adds the kernel's boot time, which {@code /proc/stat} gives in whole seconds (an error of up to
   * a second); the process's age from {@code /proc/self/stat} and {@code /proc/uptime} is good to a
   * clock tick. Assumes the usual 100 ticks per second.
   */
  static long processStart() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the command name in parentheses; the start time is field 22 of the file.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long startTicks = Long.parseLong(fields[19]);
      String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
      long now = System.currentTimeMillis();
      return now - Math.round(Double.parseDouble(uptime) * 1000) + startTicks * 10;
    } catch (IOException | RuntimeException e) {
      return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }
  }

  /** Records that the phase ending now is {@code name}. */
  static synchronized void mark(String name) {
    if (enabled()) {
      MARKS.putIfAbsent(name, System.currentTimeMillis());
    }
  }

  /** The line to log once, or {@code null} when timing is off or was already reported. */
  static synchronized String reportOnce() {
    if (!enabled() || reported) {
      return null;
    }
    reported = true;
    long start = processStart();
    StringBuilder line = new StringBuilder(PREFIX).append("start=").append(start);
    MARKS.forEach(
        (name, at) ->
            line.append(' ').append(name).append("=+").append(start < 0 ? -1 : at - start));
    return line.toString();
  }
}
