package vn.hocsau.runner.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.hocsau.runner.sandbox.Cgroups;
import vn.hocsau.runner.sandbox.SafeDelete;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxListener;
import vn.hocsau.runner.sandbox.SandboxOutcome;
import vn.hocsau.runner.sandbox.SandboxRequest;
import vn.hocsau.runner.sandbox.SandboxUnavailableException;
import vn.hocsau.runner.sandbox.SeccompFilter;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * What the container sandbox needs from this machine, checked at start-up with the fix in each
 * message: root (rootful engine, tmpfs scratch mounts, cgroups), the engine, the image, and finally
 * a real job's container running the image's {@code java -version}.
 */
final class ContainerPreflight {

  private static final SandboxLimits TRY_LIMITS =
      new SandboxLimits(
          Duration.ofSeconds(60), 256L << 20, 16L << 20, 16L << 20, 1000, 1, 64, 60, 1L << 20, 256);

  private ContainerPreflight() {}

  static ContainerSandbox check(SandboxHost host, ContainerSettings settings) {
    if (!isRoot()) {
      throw new SandboxUnavailableException(
          "the container sandbox needs root: it runs a rootful "
              + settings.engine().command()
              + ", mounts each job's tmpfs scratch space and makes its cgroup");
    }
    EngineOptions options =
        new EngineOptions(
            settings.engine(), settings.runtime(), settings.ulimits(), seccompProfile(host), null);
    EngineClient engine = new EngineClient(options);
    try {
      engine.version();
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          settings.engine().command()
              + " cannot be called ("
              + e.getMessage()
              + "); on Debian: apt-get install podman runc",
          e);
    }
    Cgroups cgroups = Cgroups.atHierarchyRoot();
    try {
      if (!engine.imageExists(settings.image())) {
        throw new SandboxUnavailableException(
            "the image "
                + settings.image()
                + " is not in "
                + settings.engine().command()
                + "'s local storage (no registry is asked): build it on this machine with"
                + " gpu-runner/scripts/build-trainer-image.sh");
      }
    } catch (IOException e) {
      throw new SandboxUnavailableException(e.getMessage(), e);
    }
    return ContainerSandbox.of(host, cgroups, settings.image(), options);
  }

  /**
   * Runs {@code java -version} as a job on slot 0: the run line, runtime, ulimits, seccomp profile,
   * cgroup parent and scratch mounts all work, and the image holds the JDK where the runner says.
   */
  static void tryJob(ContainerSandbox sandbox, SandboxHost host) {
    Path dir = host.workDir().resolve("preflight-" + host.instance());
    try {
      SafeDelete.tree(dir);
      Path jobDir = Files.createDirectories(dir.resolve("job"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
      Files.setPosixFilePermissions(jobDir, PosixFilePermissions.fromString("rwxr-xr-x"));
      SandboxOutcome outcome =
          sandbox.run(
              new SandboxRequest(
                  "preflight",
                  0,
                  jobDir,
                  Map.of(),
                  Map.of(),
                  List.of(host.javaCommand(), "-Xmx32m", "-Xshare:auto", "-version"),
                  Map.of("PATH", "/usr/bin:/bin"),
                  TRY_LIMITS,
                  false,
                  Map.of()),
              SandboxListener.NONE,
              new StopSignal());
      if (outcome.exitCode() != 0) {
        throw new SandboxUnavailableException(
            "a test container did not run "
                + host.javaCommand()
                + " -version (status "
                + outcome.exitCode()
                + "); the image must hold the runner's JDK at the same path: "
                + outcome.log().strip());
      }
    } catch (IOException e) {
      throw new SandboxUnavailableException("a test container failed: " + e.getMessage(), e);
    } finally {
      try {
        SafeDelete.tree(dir);
      } catch (IOException e) {
        // A root-owned folder in the runner's own work folder; the next start deletes it.
      }
    }
  }

  /** The JSON seccomp profile, replaced in one step; {@code null} off x86-64. */
  private static Path seccompProfile(SandboxHost host) {
    if (!SeccompFilter.supported()) {
      return null;
    }
    Path file = host.workDir().toAbsolutePath().resolve("seccomp-container.json");
    try {
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), "seccomp-container", ".part");
      try {
        Files.writeString(partial, SeccompProfile.json());
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new SandboxUnavailableException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static boolean isRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("Uid:"))
          .anyMatch(line -> line.split("\\s+")[2].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
