package vn.hocsau.runner.sandbox;

import java.nio.file.Path;

/**
 * The sandbox host of test runs. Tests never use runner instance 0, which a local runner ({@code
 * ./run.sh}) uses: instance 0's slot UIDs (61000, 61001, …) may be running a learner's job on the
 * same machine, and a test that looked for, or killed, "its" processes by those UIDs would see or
 * harm that job. Instances 80 to 99 are for tests: the runner's own suite uses 90 and up, the
 * platform's end-to-end runners 80 to 89. Two suites on one machine at once (two checkouts) set
 * {@code -Dhocsau.test.instance} so that their slot UIDs and cgroups do not meet.
 */
public final class TestHosts {

  /** The instance of the sandbox suite, whose slot UIDs and cgroups follow from it; default 90. */
  public static final int INSTANCE = Integer.getInteger("hocsau.test.instance", 90);

  private TestHosts() {}

  /** The default host in {@code workDir}, as instance {@link #INSTANCE}. */
  public static SandboxHost of(Path workDir) {
    return SandboxHost.defaults(workDir, INSTANCE);
  }

  /** The host UID of slot {@code slot} in test runs, as {@code /proc/<pid>/status} shows it. */
  public static String uid(int slot) {
    return String.valueOf(of(Path.of("/")).uidOf(slot));
  }
}
