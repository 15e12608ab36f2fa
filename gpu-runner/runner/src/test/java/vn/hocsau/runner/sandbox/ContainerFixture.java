package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.hocsau.runner.container.ContainerRunLine;
import vn.hocsau.runner.container.ContainerSandbox;
import vn.hocsau.runner.container.ContainerSettings;

/**
 * The {@link SandboxFixture} of the container sandbox: rootful podman with runc, the trainer image
 * built once by {@code gpu-runner/scripts/build-trainer-image.sh} (the JDK only: the runner's tests
 * run before the trainer module is built, and the hostile programs need no trainer), and the runner
 * instance {@link #INSTANCE}. Skipped, with the reason, where podman is not installed or the suite
 * does not run as root; {@code .ci/run} installs podman and runc, so CI runs it.
 */
final class ContainerFixture {

  /** The instance of the container suite (slot UIDs {@code 61000 + 7000 + n}). */
  static final int INSTANCE = 70;

  private static SandboxFixture shared;
  private static String image;

  private ContainerFixture() {}

  static synchronized SandboxFixture get() throws IOException, InterruptedException {
    assumeTrue(
        onPath("podman"),
        "podman is not installed: the container sandbox suite needs a rootful podman with runc"
            + " (apt-get install podman runc; .ci/run does)");
    assumeTrue(isRoot(), "the container sandbox suite runs rootful podman and needs root");
    if (shared == null) {
      Path workDir = Path.of("/tmp/hocsau-container-test-" + ProcessHandle.current().pid());
      Files.createDirectories(workDir);
      SandboxFixture.cleanUpOnExit(workDir);
      Path jobDir = workDir.resolve("jobs/hostile");
      SandboxFixture.compile(jobDir);
      ContainerSandbox sandbox =
          ContainerSandbox.create(
              host(workDir), settings(), InstanceLock.acquire(workDir, INSTANCE));
      shared = new SandboxFixture(workDir, jobDir, sandbox);
    }
    return shared;
  }

  static SandboxHost host(Path workDir) {
    return SandboxHost.defaults(workDir, INSTANCE);
  }

  /** Podman with runc where it is installed (crun refuses this host's hybrid cgroup layout). */
  static ContainerSettings settings() throws IOException, InterruptedException {
    return new ContainerSettings(
        ContainerRunLine.Engine.PODMAN,
        image(),
        onPath("runc") ? "runc" : null,
        ContainerSettings.parseUlimits("nproc=1024:1024"));
  }

  /** Builds (or finds, by its content hash) the image; a few seconds when it exists. */
  static synchronized String image() throws IOException, InterruptedException {
    if (image == null) {
      Path script = script();
      Process build =
          new ProcessBuilder("bash", script.toString(), "--engine", "podman")
              .redirectErrorStream(true)
              .start();
      String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
        throw new IOException(script + " failed: " + output);
      }
      List<String> lines = output.strip().lines().toList();
      image = lines.get(lines.size() - 1).strip();
    }
    return image;
  }

  private static Path script() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (String candidate :
          List.of("scripts/build-trainer-image.sh", "gpu-runner/scripts/build-trainer-image.sh")) {
        if (Files.isRegularFile(dir.resolve(candidate))) {
          return dir.resolve(candidate);
        }
      }
    }
    throw new IOException("build-trainer-image.sh not found above " + Path.of("").toAbsolutePath());
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", program));
  }

  private static boolean isRoot() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .anyMatch(line -> line.startsWith("Uid:") && line.split("\\s+")[2].equals("0"));
  }
}
