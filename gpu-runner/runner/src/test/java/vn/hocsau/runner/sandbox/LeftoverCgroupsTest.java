package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted runner removes the job cgroups its killed predecessor left on its own host slots, and
 * never another runner's. The second test uses this machine's real cgroups (root, like the sandbox
 * suites), with instances 98 and 99, which no other runner here uses.
 */
class LeftoverCgroupsTest {

  @TempDir Path parent;

  @Test
  void onlyGroupsOfOwnedHostSlotsAreLeftovers() throws Exception {
    for (String name :
        new String[] {"slot-100-job-1-1", "slot-199-job-2-3", "slot-0-job-1-1", "job-5-1"}) {
      Files.createDirectories(parent.resolve(name));
    }
    Files.writeString(parent.resolve("slot-150-file"), "not a group");

    assertEquals(
        Set.of("slot-100-job-1-1", "slot-199-job-2-3"),
        Cgroups.leftoverNames(parent, SandboxHost.defaults(parent, 1)::ownsSlotFolder));
  }

  @Test
  void leftoverGroupsOfThisInstanceAreRemovedOnTheRealHierarchy() throws Exception {
    Cgroups cgroups = Cgroups.detect();
    SandboxHost mine = SandboxHost.defaults(parent, 98);
    SandboxHost theirs = SandboxHost.defaults(parent, 99);
    CgroupLimits limits = new CgroupLimits(64 << 20, 8, 1);
    JobCgroup left = cgroups.create("slot-" + mine.hostSlot(0) + "-job-1-1", limits);
    JobCgroup running = cgroups.create("slot-" + theirs.hostSlot(0) + "-job-1-1", limits);
    try {
      assertEquals(1, cgroups.removeLeftovers(mine::ownsSlotFolder));

      for (Path procs : left.procsFiles()) {
        assertTrue(!Files.exists(procs.getParent()), procs.getParent() + " removed");
      }
      for (Path procs : running.procsFiles()) {
        assertTrue(Files.exists(procs), "another runner's group is left alone: " + procs);
      }
      assertEquals(0, cgroups.removeLeftovers(mine::ownsSlotFolder));
    } finally {
      running.close();
      left.close();
    }
  }
}
