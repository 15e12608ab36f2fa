package vn.hocsau.runner;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the runner isolates a job's trainer process (see ARCHITECTURE.md, "Sandbox modes"). */
public enum SandboxMode {
  /** Plain Linux: bubblewrap with no network, read-only binds, a cgroup per job. */
  BWRAP,
  /** An OCI container per job: non-root, read-only root filesystem, no capabilities. */
  CONTAINER,
  /**
   * No isolation at all: the trainer runs as a plain child process. Only for trusted local
   * development; never for learners' code.
   */
  NONE;

  /**
   * Parses a mode name, case-insensitively.
   *
   * @throws IllegalArgumentException listing the accepted names
   */
  public static SandboxMode parse(String text) {
    for (SandboxMode mode : values()) {
      if (mode.configValue().equalsIgnoreCase(text.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "unknown sandbox mode '" + text + "' (expected one of " + acceptedValues() + ")");
  }

  /** The lower-case name used in configuration. */
  public String configValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String acceptedValues() {
    return Arrays.stream(values()).map(SandboxMode::configValue).collect(Collectors.joining(", "));
  }
}
