package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external checker (docker-compose, dockerfile-utils, node) for the deployment tests. A
 * missing checker fails the test with how to install it, rather than passing silently: .ci/run
 * installs every one of them.
 */
final class Tool {

  /** What a finished command printed (stdout and stderr together) and its exit status. */
  record Result(int exitCode, String output) {}

  private Tool() {}

  /** The first of {@code names} found on the PATH, or a test failure saying how to get one. */
  static String require(String installHint, String... names) {
    for (String name : names) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return fail(String.join(" or ", names) + " is not installed: " + installHint);
  }

  /** Runs {@code command} in {@code dir}, with a deadline of one minute. */
  static Result run(Path dir, List<String> command) {
    try {
      Process process =
          new ProcessBuilder(new ArrayList<>(command))
              .directory(dir.toAbsolutePath().toFile())
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return fail(command + " did not finish within 60 s");
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return fail("could not run " + command + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  /** The folder where {@code npm install -g} put its packages. */
  static Path globalNodeModules() {
    String npm = require("apt-get install npm", "npm");
    Result root = run(Path.of("."), List.of(npm, "root", "-g"));
    return Path.of(root.output().strip());
  }
}
