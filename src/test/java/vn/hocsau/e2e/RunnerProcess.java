package vn.hocsau.e2e;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real gpu-runner process (the jar built by {@code gpu-runner/}), pointed at the app under test.
 * It runs jobs in its bubblewrap sandbox, exactly as in production; its output goes to a log file
 * in {@code target/e2e-runner/} ({@code runner.log} unless named). Several may run at once with
 * different instance numbers ({@code HOCSAU_RUNNER_INSTANCE}); they share the work folder, so the
 * natives are unpacked once.
 */
public final class RunnerProcess implements AutoCloseable {

  static final Path RUNNER_JAR = Path.of("gpu-runner/runner/target/gpu-runner-0.1.0-SNAPSHOT.jar");
  static final Path TRAINER_DIST = Path.of("gpu-runner/trainer/target/trainer-dist");

  /** Kept between runs, so the natives are unpacked once per build, not once per test run. */
  public static final Path WORK = Path.of("target/e2e-runner");

  private final Process process;
  final Path log;

  private RunnerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * The instance of end-to-end runners unless a test names one. Test runs never use instance 0, a
   * local runner's ({@code ./run.sh}): its slot UIDs may be training a job on this machine, and a
   * test must neither see nor kill that job's processes. Instances 80 to 89 are the platform
   * tests', 90 to 99 the runner suite's.
   */
  static final int INSTANCE = 80;

  /** Starts a runner with one CPU slot and the given token, as instance {@link #INSTANCE}. */
  static RunnerProcess start(URL platform, String token) throws IOException {
    return start(platform, token, INSTANCE, "runner.log");
  }

  /**
   * Starts a runner with one CPU slot, the given token and instance number, logging to {@code
   * logName} in the work folder.
   */
  static RunnerProcess start(URL platform, String token, int instance, String logName)
      throws IOException {
    return start(platform, token, WORK, instance, logName, Map.of());
  }

  /**
   * Starts a runner with one CPU slot, working in {@code work} (its log is {@code runner.log}
   * there), with {@code settings} added to or replacing the default environment.
   */
  static RunnerProcess start(URL platform, String token, Path work, Map<String, String> settings)
      throws IOException {
    return start(platform, token, work, INSTANCE, "runner.log", settings);
  }

  /**
   * Starts a runner with one CPU slot, the given token and instance number, working in {@code work}
   * and logging to {@code logName} there, with {@code settings} added to or replacing the default
   * environment. The fault drills ({@code vn.hocsau.drills}) start theirs this way.
   */
  public static RunnerProcess start(
      URL platform,
      String token,
      Path work,
      int instance,
      String logName,
      Map<String, String> settings)
      throws IOException {
    if (!Files.isRegularFile(RUNNER_JAR) || !Files.isDirectory(TRAINER_DIST.resolve("lib"))) {
      throw new IllegalStateException(
          "The end-to-end test needs the gpu-runner build: run `./mvnw -B -f gpu-runner/pom.xml"
              + " package` (the README's test command builds it first).");
    }
    Files.createDirectories(work);
    Path log = work.resolve(logName);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-jar", RUNNER_JAR.toAbsolutePath().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("HOCSAU_PLATFORM_URL", platform.toString());
    env.put("HOCSAU_RUNNER_TOKEN", token);
    env.put("HOCSAU_RUNNER_SLOTS", "cpu");
    env.put("HOCSAU_RUNNER_INSTANCE", Integer.toString(instance));
    env.put("HOCSAU_WORK_DIR", work.toAbsolutePath().toString());
    env.put("HOCSAU_TRAINER_DIR", TRAINER_DIST.toAbsolutePath().toString());
    env.put("HOCSAU_JOB_CPUS", "1");
    env.put("HOCSAU_MEMORY_LIMIT", "1g");
    env.put("HOCSAU_WALL_TIME", "3m");
    env.put("HOCSAU_DRAIN_TIME", "5s");
    env.putAll(settings);
    return new RunnerProcess(builder.start(), log);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The runner JVM's pid. */
  long pid() {
    return process.pid();
  }

  /**
   * {@code kill -9}: no shutdown hook, no drain, no last call to the platform. Returns the exit
   * status the JVM reports (128 + the signal number).
   */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the runner survived SIGKILL for 30 s");
    }
    return process.exitValue();
  }

  /** The runner's output so far, for failure messages. */
  public String output() {
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
