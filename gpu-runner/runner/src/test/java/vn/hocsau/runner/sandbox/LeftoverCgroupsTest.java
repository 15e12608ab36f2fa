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
 * never another runner's, not even one with the same instance number and another work folder. The
 * second test uses this machine's real cgroups (root, like the sandbox suites), with instances 98
 * and 99, which no other runner here uses.
 */
class LeftoverCgroupsTest {

  @TempDir Path parent;

  @Test
  void onlyGroupsOfThisInstanceAndWorkFolderAreLeftovers() throws Exception {
    SandboxHost mine = SandboxHost.defaults(parent.resolve("work"), TestHosts.INSTANCE + 3);
    SandboxHost sameInstanceElsewhere =
        SandboxHost.defaults(parent.resolve("other-work"), TestHosts.INSTANCE + 3);
    SandboxHost otherInstance =
        SandboxHost.defaults(parent.resolve("work"), TestHosts.INSTANCE + 4);
    for (String name :
        new String[] {
          mine.cgroupName(0, "job-1-1"),
          mine.cgroupName(99, "job-2-3"),
          sameInstanceElsewhere.cgroupName(0, "job-1-1"),
          otherInstance.cgroupName(0, "job-1-1"),
          "job-5-1",
          "slot-100"
        }) {
      Files.createDirectories(parent.resolve("groups").resolve(name));
    }
    Files.writeString(parent.resolve("groups").resolve(mine.cgroupName(1, "file")), "not a group");

    assertEquals(
        Set.of(mine.cgroupName(0, "job-1-1"), mine.cgroupName(99, "job-2-3")),
        Cgroups.leftoverNames(parent.resolve("groups"), mine::ownsCgroup));
  }

  @Test
  void leftoverGroupsOfThisInstanceAreRemovedOnTheRealHierarchy() throws Exception {
    Cgroups cgroups = Cgroups.detect();
    SandboxHost mine = SandboxHost.defaults(parent, 98);
    SandboxHost theirs = SandboxHost.defaults(parent, 99);
    CgroupLimits limits = new CgroupLimits(64 << 20, 8, 1);
    JobCgroup left = cgroups.create(mine.cgroupName(0, "job-1-1"), limits);
    JobCgroup running = cgroups.create(theirs.cgroupName(0, "job-1-1"), limits);
    try {
      assertEquals(1, cgroups.removeLeftovers(mine::ownsCgroup));

      for (Path procs : left.procsFiles()) {
        assertTrue(!Files.exists(procs.getParent()), procs.getParent() + " removed");
      }
      for (Path procs : running.procsFiles()) {
        assertTrue(Files.exists(procs), "another runner's group is left alone: " + procs);
      }
      assertEquals(0, cgroups.removeLeftovers(mine::ownsCgroup));
    } finally {
      running.close();
      left.close();
    }
  }
}
