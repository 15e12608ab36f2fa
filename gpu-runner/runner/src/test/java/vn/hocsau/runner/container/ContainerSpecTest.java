package vn.hocsau.runner.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.sandbox.SandboxLimits;

/**
 * The run lines for engines that do not run here (Docker) carry every restriction the bwrap sandbox
 * enforces. Podman runs the container sandbox for real in {@code ContainerHostileSubmissionTest}.
 */
class ContainerSpecTest {

  private static final SandboxLimits LIMITS =
      new SandboxLimits(
          Duration.ofSeconds(600),
          2L << 30,
          1L << 30,
          64L << 20,
          100_000,
          2,
          320,
          1230,
          8L << 20,
          1024);

  private static ContainerJob job(int gpus) {
    return new ContainerJob(
        "hocsau-job-17-1",
        "hocsau/trainer:1.0",
        61000,
        Path.of("/var/lib/hocsau-runner/jobs/job-17-1"),
        Map.of("train-features", Path.of("/var/lib/hocsau-runner/blobs/abc")),
        Path.of("/var/lib/hocsau-runner/slots/0/out"),
        List.of(
            "java",
            "-Xmx1024m",
            "-cp",
            "/opt/hocsau/trainer/lib/*",
            "vn.hocsau.trainer.Main",
            "/job",
            "/out"),
        Map.of("HOME", "/tmp", "OMP_NUM_THREADS", "2"),
        LIMITS,
        gpus);
  }

  @Test
  void dockerRunLineHasEveryRestriction() {
    List<String> line = ContainerRunLine.build(ContainerRunLine.Engine.DOCKER, job(0));
    String text = String.join(" ", line);

    assertEquals("docker", line.get(0));
    assertTrue(text.contains("--user 61000:61000"));
    assertTrue(line.contains("--read-only"));
    assertTrue(line.contains("--cap-drop=ALL"));
    assertTrue(text.contains("--security-opt no-new-privileges"));
    assertTrue(text.contains("--network none"));
    long memory = (2L << 30) + (1L << 30) + (64L << 20);
    assertTrue(text.contains("--memory " + memory + " --memory-swap " + memory));
    assertTrue(text.contains("--cpus 2"));
    assertTrue(text.contains("--pids-limit 320"));
    assertTrue(text.contains("--ulimit cpu=1230:1231"));
    assertTrue(text.contains("--ulimit core=0:0"));
    assertTrue(text.contains("--tmpfs /tmp:rw,nosuid,nodev,size=" + (1L << 30)));
    assertTrue(text.contains("/var/lib/hocsau-runner/jobs/job-17-1:/job:ro"));
    assertTrue(text.contains("/var/lib/hocsau-runner/blobs/abc:/data/train-features:ro"));
    assertFalse(text.contains("unconfined"), "the default seccomp profile stays on");
    assertFalse(text.contains("--privileged"));
    assertFalse(text.contains("--gpus"));
    assertFalse(text.contains("HOCSAU_RUNNER_TOKEN"));
    assertTrue(
        text.endsWith(
            "hocsau/trainer:1.0 -Xmx1024m -cp /opt/hocsau/trainer/lib/* vn.hocsau.trainer.Main /job /out"));
  }

  @Test
  void gpuJobsGetGpus() {
    assertTrue(
        String.join(" ", ContainerRunLine.build(ContainerRunLine.Engine.DOCKER, job(1)))
            .contains("--gpus count=1"));
    assertTrue(
        String.join(" ", ContainerRunLine.build(ContainerRunLine.Engine.PODMAN, job(1)))
            .contains("--device nvidia.com/gpu=all"));
  }

  @Test
  void valuesThatCouldInjectOptionsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ContainerJob(
                "--privileged",
                "img",
                61000,
                Path.of("/j"),
                Map.of(),
                Path.of("/o"),
                List.of("java"),
                Map.of(),
                LIMITS,
                0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ContainerJob(
                "ok",
                "img",
                0,
                Path.of("/j"),
                Map.of(),
                Path.of("/o"),
                List.of("java"),
                Map.of(),
                LIMITS,
                0));
  }

  @Test
  void theTrainerImageRunsAsNonRootWithNativesUnpackedAtBuildTime() throws Exception {
    String dockerfile = Files.readString(repoFile("gpu-runner/trainer/Dockerfile"));
    assertTrue(dockerfile.contains("USER 61000:61000"));
    assertTrue(dockerfile.contains("vn.hocsau.trainer.Warmup"));
    assertTrue(dockerfile.contains("/opt/hocsau/trainer/"));
  }

  /** Tests run in gpu-runner/runner; the repository root is two folders up. */
  private static Path repoFile(String path) {
    Path file = Path.of("../..").resolve(path);
    assertTrue(Files.exists(file), "missing " + file.toAbsolutePath());
    return file;
  }
}
