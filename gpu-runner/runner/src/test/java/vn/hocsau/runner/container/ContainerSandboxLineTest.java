package vn.hocsau.runner.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SeccompFilter;

/**
 * The run line the container sandbox starts, its seccomp profile and container names, without an
 * engine; {@code ContainerHostileSubmissionTest} runs them under a real podman.
 */
class ContainerSandboxLineTest {

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

  private static ContainerJob job(Path tmpDir, Map<String, Path> binds) {
    return new ContainerJob(
        "hocsau-70-abcd0123-7000-job-17-1",
        "localhost/hocsau-trainer:0123456789abcdef",
        68000,
        Path.of("/var/lib/hocsau-runner/jobs/70/job-17-1"),
        Map.of("train-features", Path.of("/var/lib/hocsau-runner/blobs/abc")),
        Path.of("/var/lib/hocsau-runner/slots/7000/out"),
        tmpDir,
        binds,
        List.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "-Xmx1024m", "Main"),
        Map.of("HOME", "/tmp"),
        LIMITS,
        0);
  }

  private static EngineOptions podman(String cgroupParent) {
    return new EngineOptions(
        ContainerRunLine.Engine.PODMAN,
        "runc",
        List.of("nproc=1024:1024"),
        Path.of("/var/lib/hocsau-runner/seccomp-container.json"),
        cgroupParent);
  }

  @Test
  void withTheRunnersCgroupTheEngineSetsNoLimitsOfItsOwnAndKeepsTheContainer() {
    List<String> line =
        ContainerRunLine.forSandbox(
            job(
                Path.of("/var/lib/hocsau-runner/slots/7000/tmp"),
                Map.of("/opt/hocsau/trainer", Path.of("/srv/trainer-dist"))),
            podman("/hocsau-runner/slot-7000-abcd0123-job-17-1"));
    String text = String.join(" ", line);

    assertTrue(text.startsWith("podman --runtime runc --cgroup-manager=cgroupfs run "), text);
    assertFalse(line.contains("--rm"), "kept until the runner has read its state");
    for (String part :
        List.of(
            "--pull=never",
            "--log-driver=none",
            "--http-proxy=false",
            "--read-only-tmpfs=false",
            "--read-only",
            "--cap-drop=ALL",
            "--network none",
            "--user 68000:68000",
            "--security-opt seccomp=/var/lib/hocsau-runner/seccomp-container.json",
            "--cgroup-parent /hocsau-runner/slot-7000-abcd0123-job-17-1",
            "--cgroups=no-conmon",
            "--ulimit nproc=1024:1024",
            "--ulimit cpu=1230:1231",
            "--ulimit fsize=" + (1L << 30) + ":" + (1L << 30),
            "--volume /var/lib/hocsau-runner/slots/7000/tmp:/tmp:rw",
            "--volume /var/lib/hocsau-runner/slots/7000/out:/out:rw",
            "--volume /srv/trainer-dist:/opt/hocsau/trainer:ro")) {
      assertTrue(text.contains(part), "missing " + part + " in " + text);
    }
    assertFalse(text.contains("--memory"), text);
    assertFalse(text.contains("--pids-limit"), text);
    assertFalse(text.contains("--tmpfs"), text);
    assertFalse(text.contains("unconfined"), text);
    assertTrue(
        text.endsWith(
            "--entrypoint /usr/lib/jvm/java-17-openjdk-amd64/bin/java"
                + " localhost/hocsau-trainer:0123456789abcdef -Xmx1024m Main"),
        text);
  }

  @Test
  void withoutACgroupParentTheEngineLimitsTheJob() {
    EngineOptions docker =
        new EngineOptions(ContainerRunLine.Engine.DOCKER, null, List.of(), null, null);
    String text = String.join(" ", ContainerRunLine.forSandbox(job(null, Map.of()), docker));

    long memory = (2L << 30) + (1L << 30) + (64L << 20);
    assertTrue(text.contains("--memory " + memory + " --memory-swap " + memory), text);
    assertTrue(text.contains("--pids-limit 320"), text);
    assertTrue(text.contains("--tmpfs /tmp:rw,nosuid,nodev,size=" + (1L << 30)), text);
    assertFalse(text.contains("--http-proxy"), "a podman-only flag");
    assertFalse(text.contains("seccomp="), "the engine's default profile");
  }

  @Test
  void theSeccompProfileDeniesWhatTheBwrapFilterDenies() throws Exception {
    JsonNode profile = new ObjectMapper().readTree(SeccompProfile.json());

    assertEquals("SCMP_ACT_ALLOW", profile.path("defaultAction").asText());
    assertEquals("[\"SCMP_ARCH_X86_64\"]", profile.path("architectures").toString());
    Set<String> eperm = new HashSet<>();
    List<Long> cloneFlags = new ArrayList<>();
    String clone3 = null;
    for (JsonNode rule : profile.path("syscalls")) {
      assertEquals("SCMP_ACT_ERRNO", rule.path("action").asText());
      for (JsonNode name : rule.path("names")) {
        if (name.asText().equals("clone3")) {
          clone3 = rule.path("errnoRet").asText();
        } else if (name.asText().equals("clone")) {
          cloneFlags.add(rule.path("args").get(0).path("value").asLong());
        } else {
          assertEquals(1, rule.path("errnoRet").asInt());
          eperm.add(name.asText());
        }
      }
    }
    assertEquals(Set.copyOf(SeccompFilter.deniedNames()), eperm);
    assertTrue(eperm.containsAll(List.of("ptrace", "unshare", "mount", "io_uring_setup")));
    assertEquals("38", clone3, "ENOSYS, so the C library falls back to clone");
    assertTrue(cloneFlags.contains(0x10000000L), "clone(CLONE_NEWUSER) is refused");
  }

  @Test
  void pathsAndOptionsThatCouldInjectOptionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> job(Path.of("/tmp:/etc"), Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> job(null, Map.of("/x,rw", Path.of("/srv/trainer"))));
    assertThrows(
        IllegalArgumentException.class, () -> job(null, Map.of("/x", Path.of("relative"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EngineOptions(
                ContainerRunLine.Engine.PODMAN, null, List.of("nproc=1 --privileged"), null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new EngineOptions(
                ContainerRunLine.Engine.PODMAN, "--privileged", List.of(), null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EngineOptions(ContainerRunLine.Engine.PODMAN, null, List.of(), null, "../x"));
  }

  @Test
  void containerNamesAreDnsLabelsThatSayTheirInstance() {
    ContainerSandbox seven = sandbox(7);
    ContainerSandbox seventy = sandbox(70);
    String name = seventy.containerName(3, "Job_17-1".repeat(10));

    assertTrue(name.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"), name);
    assertTrue(name.startsWith(seventy.namePrefix() + "7003-job-17-1"), name);
    assertFalse(name.startsWith(seven.namePrefix()), "instance 7 never removes instance 70's");
    assertFalse(
        seven.containerName(0, "job-1-1").startsWith(seventy.namePrefix()),
        "nor the other way round");
  }

  private static ContainerSandbox sandbox(int instance) {
    return ContainerSandbox.of(
        SandboxHost.defaults(Path.of("/var/lib/hocsau-runner"), instance),
        null,
        "localhost/hocsau-trainer:0",
        podman(null));
  }
}
