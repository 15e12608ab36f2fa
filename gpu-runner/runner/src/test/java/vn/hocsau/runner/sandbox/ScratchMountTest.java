package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted runner unmounts the scratch space its killed predecessor left on its own slots, and
 * never that of another runner sharing the work folder. Needs root, like the sandbox suites.
 */
class ScratchMountTest {

  @TempDir Path workDir;

  @Test
  void leftoversOfThisInstanceAreUnmountedAndOthersAreLeftAlone() throws Exception {
    Path slots = workDir.resolve("slots");
    SandboxHost first = SandboxHost.defaults(workDir, TestHosts.INSTANCE + 1);
    SandboxHost second = SandboxHost.defaults(workDir, TestHosts.INSTANCE + 2);
    ScratchMount mine = ScratchMount.mount(first.slotDir(0).resolve("tmp"), 1 << 20, 64, 0, true);
    ScratchMount mineToo =
        ScratchMount.mount(first.slotDir(0).resolve("out"), 1 << 20, 64, 0, false);
    ScratchMount theirs =
        ScratchMount.mount(second.slotDir(0).resolve("out"), 1 << 20, 64, 0, false);
    try {
      assertEquals(2, ScratchMount.unmountLeftovers(slots, first::ownsSlotFolder));

      assertFalse(ScratchMount.isMounted(mine.dir()));
      assertFalse(ScratchMount.isMounted(mineToo.dir()));
      assertTrue(ScratchMount.isMounted(theirs.dir()), "another runner's job is still using it");
      assertEquals(0, ScratchMount.unmountLeftovers(slots, first::ownsSlotFolder));
    } finally {
      for (ScratchMount mount : List.of(mine, mineToo, theirs)) {
        mount.close();
      }
    }
  }
}
