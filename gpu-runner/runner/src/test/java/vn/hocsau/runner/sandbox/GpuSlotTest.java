package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only GPU jobs get device nodes, and each GPU slot only its own GPU's. The first test runs
 * everywhere, in the real sandbox, with plain files standing in for the nodes of three GPUs; the
 * second needs an NVIDIA GPU (skipped elsewhere, e.g. in CI), where {@code nvidia-smi} stands in
 * for a CUDA program: it needs the same device nodes and driver library.
 */
class GpuSlotTest {

  private static final java.util.Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  @Test
  void eachGpuSlotSeesOnlyItsOwnGpuAndACpuSlotSeesNone() throws Exception {
    SandboxFixture fixture = SandboxFixture.get();
    // Readable by the slot UIDs, as /dev is: bwrap opens the sources as the job's user.
    Path dev =
        Files.createTempDirectory(
            fixture.workDir, "dev", PosixFilePermissions.asFileAttribute(READABLE));
    for (String node :
        List.of("nvidia0", "nvidia1", "nvidia2", "nvidiactl", "nvidia-uvm", "nvidia-modeset")) {
      Files.writeString(dev.resolve(node), node);
    }
    SandboxHost host =
        TestHosts.of(fixture.workDir).withDevDir(dev).withSlotGpus(List.of(-1, 2, 0));
    BwrapSandbox sandbox = BwrapSandbox.create(host);

    assertEquals(
        List.of("nvidia-modeset", "nvidia-uvm", "nvidia2", "nvidiactl"), nvidiaNodes(sandbox, 1));
    assertEquals(
        List.of("nvidia-modeset", "nvidia-uvm", "nvidia0", "nvidiactl"), nvidiaNodes(sandbox, 2));
    assertEquals(List.of(), nvidiaNodes(sandbox, 0), "a CPU slot gets no GPU node");
  }

  /**
   * The {@code nvidia*} entries of {@code /dev} in a job on {@code slot} (a GPU job if a GPU slot).
   */
  private static List<String> nvidiaNodes(BwrapSandbox sandbox, int slot) throws Exception {
    SandboxFixture fixture = SandboxFixture.get();
    SandboxRequest request =
        new SandboxRequest(
            "dev-" + slot,
            slot,
            fixture.jobDir,
            Map.of(),
            Map.of(),
            List.of("/usr/bin/ls", "-1", "/dev"),
            Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C"),
            SandboxFixture.LIMITS,
            slot > 0,
            Map.of());
    SandboxOutcome outcome = sandbox.run(request, SandboxListener.NONE, new StopSignal());
    assertEquals(0, outcome.exitCode(), outcome.log());
    return outcome.log().lines().filter(line -> line.startsWith("nvidia")).sorted().toList();
  }

  private static final List<Path> NVIDIA_SMI =
      List.of(Path.of("/usr/bin/nvidia-smi"), Path.of("/usr/local/nvidia/bin/nvidia-smi"));

  @Test
  void aGpuSlotSeesTheGpuAndACpuSlotDoesNot() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/nvidia0")), "no NVIDIA GPU on this machine");
    Path smi = NVIDIA_SMI.stream().filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(smi != null, "nvidia-smi is not installed");
    SandboxFixture fixture = SandboxFixture.get();

    SandboxOutcome gpu =
        fixture.sandbox.run(request(fixture, smi, true), SandboxListener.NONE, new StopSignal());
    assertEquals(0, gpu.exitCode(), gpu.log());
    assertTrue(gpu.log().contains("GPU 0:"), gpu.log());

    SandboxOutcome cpu =
        fixture.sandbox.run(request(fixture, smi, false), SandboxListener.NONE, new StopSignal());
    assertNotEquals(0, cpu.exitCode(), "a CPU job reached the GPU:\n" + cpu.log());
    assertTrue(!cpu.log().contains("GPU 0:"), cpu.log());
  }

  private static SandboxRequest request(SandboxFixture fixture, Path smi, boolean gpu) {
    return new SandboxRequest(
        gpu ? "gpu-slot" : "cpu-slot",
        0,
        fixture.jobDir,
        Map.of(),
        Map.of(),
        List.of(smi.toString(), "-L"),
        Map.of(
            "PATH", "/usr/bin:/bin",
            // Where container hosts put the driver's user-space libraries (under /usr, bound).
            "LD_LIBRARY_PATH", "/usr/local/nvidia/lib64:/usr/local/nvidia/lib"),
        SandboxFixture.LIMITS,
        gpu,
        Map.of());
  }
}
