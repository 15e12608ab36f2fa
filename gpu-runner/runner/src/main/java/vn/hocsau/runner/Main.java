package vn.hocsau.runner;

import java.io.PrintStream;
import java.util.Map;

/**
 * Entry point of the runner jar. The worker loop (claiming jobs, launching sandboxes) is not built
 * yet; for now it checks the configuration, so deployments can be tried out early, and exits
 * non-zero so nobody mistakes it for a working runner.
 */
public final class Main {

  /** Exit status when the configuration is fine but the runner cannot run jobs yet. */
  static final int EXIT_NOT_IMPLEMENTED = 1;

  /** Exit status for a configuration problem, like a usage error. */
  static final int EXIT_INVALID_CONFIG = 2;

  private Main() {}

  /** Starts the runner from the process environment. */
  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.out, System.err));
  }

  static int run(Map<String, String> environment, PrintStream out, PrintStream err) {
    int status = EXIT_NOT_IMPLEMENTED;
    try {
      out.println("Configuration OK: " + RunnerConfig.fromEnvironment(environment));
    } catch (InvalidConfigException e) {
      err.println(e.getMessage());
      status = EXIT_INVALID_CONFIG;
    }
    err.println("runner not implemented yet");
    return status;
  }
}
