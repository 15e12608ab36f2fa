package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The hostile cases ({@link HostileCases}) in the real bwrap sandbox. */
class HostileSubmissionTest extends HostileCases {

  @Override
  SandboxFixture fixture() {
    try {
      return SandboxFixture.get();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  SandboxHost host() {
    return TestHosts.of(fixture().workDir);
  }

  @Override
  void assertNothingLeft(String name) throws IOException {
    String group = host().cgroupName(0, name);
    try (Stream<Path> groups = Files.walk(Path.of("/sys/fs/cgroup"), 6)) {
      assertTrue(
          groups.noneMatch(
              p -> p.getFileName() != null && p.getFileName().toString().equals(group)),
          "the job's cgroup was removed");
    }
    assertFalse(ScratchMount.isMounted(host().slotDir(0).resolve("out")));
    assertFalse(ScratchMount.isMounted(host().slotDir(0).resolve("tmp")));
  }
}
