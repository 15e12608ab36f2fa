package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runners sharing a machine get disjoint slot UIDs and scratch folders. */
class SandboxHostTest {

  private static final Path WORK = Path.of("/var/lib/hocsau-runner");

  @Test
  void instanceZeroKeepsTheSingleRunnerLayout() {
    SandboxHost host = SandboxHost.defaults(WORK);

    assertEquals(0, host.instance());
    assertEquals(61000, host.uidOf(0));
    assertEquals(61003, host.uidOf(3));
    assertEquals(WORK.resolve("slots/3"), host.slotDir(3));
  }

  @Test
  void eachInstanceHasItsOwnUidsAndSlotFolders() {
    SandboxHost second = SandboxHost.defaults(WORK, 2);

    assertEquals(61200, second.uidOf(0));
    assertEquals(61299, second.uidOf(99));
    assertEquals(WORK.resolve("slots/201"), second.slotDir(1));
    assertThrows(IllegalArgumentException.class, () -> second.uidOf(100));
  }

  @Test
  void noTwoInstancesShareAUid() {
    java.util.Set<Integer> uids = new java.util.HashSet<>();
    for (int instance = 0; instance <= SandboxHost.MAX_INSTANCE; instance++) {
      SandboxHost host = SandboxHost.defaults(WORK, instance);
      for (int slot = 0; slot < SandboxHost.SLOTS_PER_INSTANCE; slot++) {
        assertTrue(uids.add(host.uidOf(slot)), "instance " + instance + " slot " + slot);
      }
    }
  }

  @Test
  void anInstanceOwnsOnlyItsSlotFolders() {
    SandboxHost host = SandboxHost.defaults(WORK, 1);

    assertTrue(host.ownsSlotFolder("100"));
    assertTrue(host.ownsSlotFolder("199"));
    assertFalse(host.ownsSlotFolder("0"));
    assertFalse(host.ownsSlotFolder("200"));
    assertFalse(host.ownsSlotFolder("preflight-1"));
    assertTrue(SandboxHost.defaults(WORK).ownsSlotFolder("0"));
    assertFalse(SandboxHost.defaults(WORK).ownsSlotFolder("100"));
  }

  @Test
  void instancesStopAtNinetyNine() {
    assertThrows(IllegalArgumentException.class, () -> SandboxHost.defaults(WORK, 100));
    assertThrows(IllegalArgumentException.class, () -> SandboxHost.defaults(WORK, -1));
  }

  @Test
  void cgroupNamesSayWhichSlotAndWorkFolderMadeThem() {
    SandboxHost host = SandboxHost.defaults(WORK, 2);
    String name = host.cgroupName(1, "job-7-1");

    assertTrue(name.matches("slot-201-[0-9a-f]{8}-job-7-1"), name);
    assertTrue(host.ownsCgroup(name));
    assertFalse(SandboxHost.defaults(Path.of("/srv/other-runner"), 2).ownsCgroup(name));
    assertFalse(SandboxHost.defaults(WORK, 3).ownsCgroup(name));
    assertFalse(host.ownsCgroup("job-7-1"));
  }

  @Test
  void aGpuJobGetsItsSlotsGpuAndTheDriversSharedNodes() {
    SandboxHost host = SandboxHost.defaults(WORK).withSlotGpus(List.of(-1, 3, 0));

    assertEquals(
        List.of("nvidia3", "nvidiactl", "nvidia-uvm", "nvidia-uvm-tools", "nvidia-modeset"),
        host.gpuNodes(1));
    assertEquals("nvidia0", host.gpuNodes(2).get(0));
    assertThrows(IllegalArgumentException.class, () -> host.gpuNodes(0), "a CPU slot");
    assertEquals("nvidia0", SandboxHost.defaults(WORK).gpuNodes(5).get(0), "no slots said: GPU 0");
  }

  @Test
  void aGpuSlotWhoseGpuHasNoDeviceNodeIsReported(@TempDir Path dev) throws IOException {
    Files.writeString(dev.resolve("nvidia0"), "");
    SandboxHost host = SandboxHost.defaults(WORK).withDevDir(dev);

    assertEquals(List.of(), host.withSlotGpus(List.of(-1, 0)).missingGpus());
    assertEquals(
        List.of(
            "slot 3 is a GPU slot for GPU 1, but "
                + dev.resolve("nvidia1")
                + " does not exist (no such NVIDIA GPU, or its driver is not loaded);"
                + " fix HOCSAU_RUNNER_SLOTS"),
        host.withSlotGpus(List.of(-1, 0, 1)).missingGpus());
  }
}
