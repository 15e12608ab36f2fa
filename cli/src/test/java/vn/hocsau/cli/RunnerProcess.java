package vn.hocsau.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real gpu-runner process (the jar and trainer that {@code gpu-runner/} builds, before the
 * platform and the CLI in the README's test command), with one CPU slot, pointed at the platform
 * under test with the runner token its dev profile wrote. It trains in its bubblewrap sandbox, as
 * in production (so, like the platform's own end-to-end test, it needs root and bubblewrap). Its
 * work folder {@code cli/target/e2e-runner} is kept between runs, so the natives are unpacked once.
 */
final class RunnerProcess implements AutoCloseable {

  static final Path JAR =
      RealPlatform.ROOT.resolve("gpu-runner/runner/target/gpu-runner-0.1.0-SNAPSHOT.jar");
  static final Path TRAINER = RealPlatform.ROOT.resolve("gpu-runner/trainer/target/trainer-dist");
  static final Path WORK = Path.of("target/e2e-runner").toAbsolutePath();

  private final Process process;
  private final Path log;

  private RunnerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static RunnerProcess start(URI platform, Path tokenFile) throws IOException {
    if (!Files.isRegularFile(JAR) || !Files.isDirectory(TRAINER.resolve("lib"))) {
      throw new IllegalStateException(
          "watch's end-to-end test trains on a real runner: build it first with `./mvnw -B -f"
              + " gpu-runner/pom.xml package -DskipTests` (the README's test command builds it"
              + " first).");
    }
    Files.createDirectories(WORK);
    Path log = WORK.resolve("runner.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    JAR.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("HOCSAU_PLATFORM_URL", platform.toString());
    env.put("HOCSAU_RUNNER_TOKEN", Files.readString(tokenFile).strip());
    env.put("HOCSAU_RUNNER_SLOTS", "cpu");
    // Not instance 0, a local runner's (./run.sh): tests keep off its slot UIDs (80-89: tests).
    env.put("HOCSAU_RUNNER_INSTANCE", "88");
    env.put("HOCSAU_WORK_DIR", WORK.toString());
    env.put("HOCSAU_TRAINER_DIR", TRAINER.toString());
    env.put("HOCSAU_JOB_CPUS", "1");
    env.put("HOCSAU_MEMORY_LIMIT", "1g");
    env.put("HOCSAU_WALL_TIME", "3m");
    env.put("HOCSAU_DRAIN_TIME", "5s");
    return new RunnerProcess(builder.start(), log);
  }

  /** The runner's output so far, for failure messages. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no runner log: " + e + ")";
    }
  }

  /** SIGTERM: the runner drains and exits. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
