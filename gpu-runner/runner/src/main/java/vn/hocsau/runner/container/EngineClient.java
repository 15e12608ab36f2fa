package vn.hocsau.runner.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The container engine's commands the runner needs around a job's {@code run}: state, kill, remove,
 * list and image checks. Each runs with a cleared environment, like the job's launcher, so the
 * engine never sees the runner's token or proxy settings.
 */
final class EngineClient {

  /** What the engine reports about a finished container. */
  record State(String status, int exitCode, boolean oomKilled, String error) {}

  static final Map<String, String> ENVIRONMENT =
      Map.of("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");

  private static final long TIMEOUT_SECONDS = 60;

  private final EngineOptions options;

  EngineClient(EngineOptions options) {
    this.options = options;
  }

  /** The engine's command with its global options (the OCI runtime). */
  private List<String> engine(String... args) {
    List<String> command = new ArrayList<>(List.of(options.engine().command()));
    if (options.engine() == ContainerRunLine.Engine.PODMAN && options.runtime() != null) {
      command.addAll(List.of("--runtime", options.runtime()));
    }
    command.addAll(List.of(args));
    return command;
  }

  /** The state of a container that has ended, or {@code null} when there is no such container. */
  State state(String name) throws IOException {
    Result result =
        run(
            engine(
                "inspect",
                "--type",
                "container",
                "--format",
                "{{.State.Status}}|{{.State.ExitCode}}|{{.State.OOMKilled}}|{{.State.Error}}",
                name));
    if (result.status != 0) {
      return null;
    }
    String[] parts = result.output.strip().split("\\|", 4);
    if (parts.length < 4) {
      throw new IOException("unexpected answer from " + options.engine().command() + " inspect");
    }
    return new State(
        parts[0], Integer.parseInt(parts[1]), Boolean.parseBoolean(parts[2]), parts[3].strip());
  }

  /** Sends SIGKILL to the container's processes; does nothing once it has ended. */
  void kill(String name) throws IOException {
    run(engine("kill", "--signal", "KILL", name));
  }

  /**
   * Removes the container, killing what still runs in it.
   *
   * @throws IOException if it still exists afterwards
   */
  void remove(String name) throws IOException {
    if (options.engine() == ContainerRunLine.Engine.PODMAN) {
      run(engine("rm", "--force", "--time", "0", name));
    } else {
      run(engine("rm", "--force", name));
    }
    if (exists(name)) {
      throw new IOException("the container " + name + " could not be removed");
    }
  }

  boolean exists(String name) throws IOException {
    return run(engine("container", "inspect", "--format", "{{.Name}}", name)).status == 0;
  }

  /** Names of all containers, running or not. */
  List<String> names() throws IOException {
    Result result = run(engine("ps", "--all", "--format", "{{.Names}}"));
    if (result.status != 0) {
      throw new IOException(options.engine().command() + " ps failed: " + result.output.strip());
    }
    return result.output.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  boolean imageExists(String image) throws IOException {
    return run(engine("image", "inspect", "--format", "{{.Id}}", image)).status == 0;
  }

  /** The engine's version line, proving it can be called. */
  String version() throws IOException {
    Result result = run(engine("--version"));
    if (result.status != 0) {
      throw new IOException(result.output.strip());
    }
    return result.output.strip();
  }

  private record Result(int status, String output) {}

  private static Result run(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(ENVIRONMENT);
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not answer in time");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling the container engine", e);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
