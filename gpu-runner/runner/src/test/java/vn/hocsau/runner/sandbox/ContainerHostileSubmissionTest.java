package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

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

  /** This instance's containers, running or not. */
  private static List<String> containers() throws IOException {
    Process ps = new ProcessBuilder("podman", "ps", "--all", "--format", "{{.Names}}").start();
    String names = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return names
        .lines()
        .filter(n -> n.startsWith("hocsau-" + ContainerFixture.INSTANCE + "-"))
        .toList();
  }
}
