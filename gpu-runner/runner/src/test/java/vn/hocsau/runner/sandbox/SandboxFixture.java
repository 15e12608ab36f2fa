package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import vn.hocsau.runner.job.JvmFlags;

/**
 * Shared set-up for tests that run programs in the real bwrap sandbox ({@code ContainerFixture}
 * makes the same for the container sandbox): a work folder the slot UIDs can reach, and the hostile
 * programs compiled once into a job folder.
 */
final class SandboxFixture {

  static final SandboxLimits LIMITS =
      new SandboxLimits(
          Duration.ofSeconds(10), 256L << 20, 32L << 20, 16L << 20, 4096, 1, 96, 4, 1L << 20, 256);

  private static SandboxFixture shared;

  final Path workDir;
  final Path jobDir;
  final Sandbox sandbox;

  SandboxFixture(Path workDir, Path jobDir, Sandbox sandbox) {
    this.workDir = workDir;
    this.jobDir = jobDir;
    this.sandbox = sandbox;
  }

  /** One fixture per test JVM: compiling and the preflight checks cost seconds. */
  static synchronized SandboxFixture get() throws IOException {
    if (shared == null) {
      Path workDir = Path.of("/tmp/hocsau-runner-test-" + ProcessHandle.current().pid());
      Files.createDirectories(workDir);
      cleanUpOnExit(workDir);
      BwrapSandbox sandbox = BwrapSandbox.create(TestHosts.of(workDir));
      Path jobDir = workDir.resolve("jobs/hostile");
      compile(jobDir);
      shared = new SandboxFixture(workDir, jobDir, sandbox);
    }
    return shared;
  }

  /** Deletes the work folder when the test JVM exits; its scratch mounts are gone by then. */
  static void cleanUpOnExit(Path workDir) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    SafeDelete.tree(workDir);
                  } catch (IOException e) {
                    // Left in /tmp; harmless.
                  }
                }));
  }

  /** Compiles the hostile programs into {@code jobDir}, readable by the slot UIDs. */
  static void compile(Path jobDir) throws IOException {
    Files.createDirectories(jobDir);
    Files.setPosixFilePermissions(jobDir.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
    List<String> args = new ArrayList<>(List.of("-d", jobDir.toString(), "-nowarn"));
    for (String name : List.of("Hostile.java", "Honest.java")) {
      Path source = jobDir.resolve(name);
      try (var in = SandboxFixture.class.getResourceAsStream("/hostile/" + name)) {
        Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      args.add(source.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
      throw new IOException("hostile programs did not compile");
    }
    try (Stream<Path> files = Files.walk(jobDir)) {
      for (Path file : files.toList()) {
        Files.setPosixFilePermissions(
            file,
            PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  /** A request running {@code Hostile <mode> <args>} (or {@code Honest}) on a slot. */
  SandboxRequest request(String name, int slot, SandboxLimits limits, String... program) {
    List<String> command = new ArrayList<>();
    command.add(TestHosts.of(workDir).javaCommand());
    command.addAll(JvmFlags.forLimits(limits, 50, List.of("-XX:TieredStopAtLevel=1")));
    command.addAll(List.of("-cp", "/job"));
    command.addAll(List.of(program));
    return new SandboxRequest(
        name,
        slot,
        jobDir,
        Map.of("train-features", jobDir.resolve("Honest.java")),
        Map.of(),
        command,
        JvmFlags.environment(limits),
        limits,
        false,
        Map.of("predictions.csv", 8L << 20, "verdict.json", 64L << 10));
  }
}
