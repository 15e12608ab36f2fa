package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On a machine with an NVIDIA GPU (skipped elsewhere, e.g. in CI): a GPU slot's sandbox sees the
 * GPU, and a CPU slot's sandbox does not, because only GPU jobs get the device nodes. {@code
 * nvidia-smi} stands in for a CUDA program: it needs the same device nodes and driver library.
 */
class GpuSlotTest {

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
