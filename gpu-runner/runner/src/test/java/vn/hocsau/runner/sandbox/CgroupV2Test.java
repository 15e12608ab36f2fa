package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cgroup v2 against a folder laid out like {@code /sys/fs/cgroup}: this machine mounts v1, so the
 * real v2 path is exercised on v2 hosts (CI images on recent kernels) by the sandbox suites, and
 * here by its file writes.
 */
class CgroupV2Test {

  @TempDir Path root;

  @Test
  void jobGroupsGoBesideTheRunnersGroupWithTheirLimits() throws Exception {
    Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids\n");
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "0::/system.slice/runner.service\n");
    Files.createDirectories(root.resolve("system.slice/runner.service"));
    // On a real cgroupfs the kernel fills this in from the parent's subtree_control.
    Files.createDirectories(root.resolve("system.slice/hocsau-runner"));
    Files.writeString(
        root.resolve("system.slice/hocsau-runner/cgroup.controllers"), "cpu memory pids\n");
    Files.createDirectories(root.resolve("system.slice/hocsau-runner/job-1-1"));
    Files.writeString(root.resolve("system.slice/hocsau-runner/job-1-1/memory.swap.max"), "max\n");

    Cgroups cgroups = Cgroups.detect(root, self);
    JobCgroup group = cgroups.create("job-1-1", new CgroupLimits(300L << 20, 64, 2));

    Path dir = root.resolve("system.slice/hocsau-runner/job-1-1");
    assertEquals(Long.toString(300L << 20), Files.readString(dir.resolve("memory.max")));
    assertEquals("0", Files.readString(dir.resolve("memory.swap.max")));
    assertEquals("64", Files.readString(dir.resolve("pids.max")));
    assertEquals("200000 100000", Files.readString(dir.resolve("cpu.max")));
    assertEquals(
        "+memory +pids +cpu",
        Files.readString(root.resolve("system.slice/hocsau-runner/cgroup.subtree_control")));
    assertEquals(dir.resolve("cgroup.procs"), group.procsFiles().get(0));
    Files.writeString(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
    Files.writeString(dir.resolve("cpu.stat"), "usage_usec 2500000\nuser_usec 2000000\n");
    assertEquals(1, group.oomKills());
    assertEquals(2.5, group.cpuSeconds());
    assertTrue(cgroups.describe().startsWith("cgroup v2"));
  }

  @Test
  void controllersThatAreNotDelegatedAreExplainedWithTheFix() throws Exception {
    Files.writeString(root.resolve("cgroup.controllers"), "cpu memory pids\n");
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "0::/process_api/abc\n");
    Files.createDirectories(root.resolve("process_api/hocsau-runner"));
    // Like a container host that delegates only memory to the runner's parent.
    Files.writeString(root.resolve("process_api/hocsau-runner/cgroup.controllers"), "memory\n");

    Cgroups cgroups = Cgroups.detect(root, self);
    SandboxUnavailableException e =
        assertThrows(
            SandboxUnavailableException.class,
            () -> cgroups.create("job-1-1", new CgroupLimits(1 << 20, 8, 1)));

    assertTrue(e.getMessage().contains("[pids, cpu]"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "echo '+memory +pids +cpu' > "
                    + root.resolve("process_api/cgroup.subtree_control")),
        e.getMessage());
  }

  @Test
  void noHierarchyIsExplainedWithTheFix() throws Exception {
    Path self = root.resolve("self-cgroup");
    Files.writeString(self, "0::/\n");
    SandboxUnavailableException e =
        assertThrows(SandboxUnavailableException.class, () -> Cgroups.detect(root, self));
    assertTrue(e.getMessage().contains("mount cgroup v2"), e.getMessage());
  }
}
