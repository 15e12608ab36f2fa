package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.container.ContainerSandbox;

/**
 * The hostile cases ({@link HostileCases}) in the container sandbox, under a real rootful podman:
 * the same verdicts as bwrap, with an honest job scoring beside each. Skipped, with the reason,
 * where podman is absent.
 */
@Tag("container")
class ContainerHostileSubmissionTest extends HostileCases {

  private static SandboxFixture fixture;

  @BeforeAll
  static void setUp() throws Exception {
    fixture = ContainerFixture.get();
  }

  @Override
  SandboxFixture fixture() {
    return fixture;
  }

  @Override
  SandboxHost host() {
    return ContainerFixture.host(fixture.workDir);
  }

  /** The image holds the JDK, a few tools and their libraries: about 270 files, not the host's. */
  @Override
  long visibleFilesAtLeast() {
    return 200;
  }

  @Override
  void assertNothingLeft(String name) throws IOException {
    String group = host().cgroupName(0, name);
    try (Stream<Path> groups = Files.walk(Path.of("/sys/fs/cgroup"), 4)) {
      assertTrue(
          groups.noneMatch(
              p -> p.getFileName() != null && p.getFileName().toString().equals(group)),
          "the job's cgroup and the engine's folders for it were removed");
    }
    assertFalse(ScratchMount.isMounted(host().slotDir(0).resolve("out")));
    assertFalse(ScratchMount.isMounted(host().slotDir(0).resolve("tmp")));
    assertEquals(List.of(), containers(), "the job's container was removed");
  }

  @Test
  void aCancelledJobIsStoppedAndItsContainerRemoved() throws Exception {
    SandboxLimits limits = SandboxFixture.LIMITS;
    SandboxLimits minute =
        new SandboxLimits(
            Duration.ofSeconds(60),
            limits.memoryBytes(),
            limits.tmpBytes(),
            limits.outBytes(),
            limits.inodes(),
            limits.cpus(),
            limits.pids(),
            60,
            limits.logBytes(),
            limits.openFiles());
    StopSignal stop = new StopSignal();
    CompletableFuture<SandboxOutcome> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return fixture.sandbox.run(
                    fixture.request("cancelled", 0, minute, "Hostile", "sleep"),
                    SandboxListener.NONE,
                    stop);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (containers().isEmpty()) {
      assertTrue(System.nanoTime() < deadline && !run.isDone(), "the container never started");
      Thread.sleep(50);
    }
    stop.stop(StopSignal.CANCELLED);

    SandboxOutcome outcome = run.get(30, TimeUnit.SECONDS);
    assertEquals(StopSignal.CANCELLED, outcome.stopReason());
    assertTrue(outcome.wallSeconds() < 30, "stopped at once: " + outcome.wallSeconds());
    assertNothingLeft("cancelled");
  }

  /**
   * A runner killed with -9 leaves its job's container (running), cgroups and scratch mount; the
   * next runner of that instance removes them at start, and leaves another instance's container.
   */
  @Test
  void aRestartedRunnerRemovesWhatItsKilledPredecessorLeft() throws Exception {
    SandboxHost host = SandboxHost.defaults(fixture.workDir, 71);
    String image = ContainerFixture.image();
    String ours = "hocsau-71-" + host.workDirTag() + "-7100-job-5-1";
    String theirs = "hocsau-72-" + host.workDirTag() + "-7200-job-6-1";
    String group = host.cgroupName(0, "job-5-1");
    List<Path> groups = new ArrayList<>();
    ScratchMount left = null;
    try {
      for (String name : List.of(ours, theirs)) {
        podman(
            "run",
            "-d",
            "--name",
            name,
            "--pull=never",
            "--network=none",
            "--ulimit",
            "nofile=256:256",
            "--ulimit",
            "nproc=1024:1024",
            "--entrypoint",
            "/bin/sh",
            image,
            "-c",
            "sleep 600");
      }
      for (String controller : List.of("memory", "pids", "devices")) {
        Path runnerGroup = Path.of("/sys/fs/cgroup", controller, "hocsau-runner");
        if (Files.isDirectory(runnerGroup.getParent())) {
          groups.add(Files.createDirectories(runnerGroup.resolve(group)));
        }
      }
      Path out = host.slotDir(0).resolve("out");
      left = ScratchMount.mount(out, 1 << 20, 100, host.uidOf(0), false);
      assertTrue(allContainers().contains(ours), "the leftover runs: " + allContainers());

      InstanceLock lock = InstanceLock.acquire(fixture.workDir, 71);
      try {
        ContainerSandbox.create(host, ContainerFixture.settings(), lock);
      } finally {
        lock.release();
      }

      List<String> all = allContainers();
      assertFalse(all.contains(ours), "the dead runner's container was removed: " + all);
      assertTrue(all.contains(theirs), "another instance's container stays: " + all);
      for (Path dir : groups) {
        assertFalse(Files.exists(dir), dir + " was removed");
      }
      assertFalse(ScratchMount.isMounted(out), "the dead job's /out was unmounted");
    } finally {
      // What a failing run of this test would leave behind.
      for (String name : List.of(ours, theirs)) {
        podman("rm", "--force", "--ignore", "--time", "0", name);
      }
      for (Path dir : groups) {
        Files.deleteIfExists(dir);
      }
      if (left != null) {
        left.close();
      }
    }
  }

  /** This instance's containers, running or not. */
  private static List<String> containers() throws IOException {
    return allContainers().stream()
        .filter(n -> n.startsWith("hocsau-" + ContainerFixture.INSTANCE + "-"))
        .toList();
  }

  private static List<String> allContainers() throws IOException {
    return podman("ps", "--all", "--format", "{{.Names}}").lines().toList();
  }

  private static String podman(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("podman"));
    if (ContainerFixture.onPath("runc")) {
      command.addAll(List.of("--runtime", "runc"));
    }
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
