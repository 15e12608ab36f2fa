package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.Main;
import vn.hocsau.runner.api.FakePlatform;
import vn.hocsau.runner.job.FakeTrainer;
import vn.hocsau.runner.job.Payloads;

/**
 * A real runner process with {@code HOCSAU_SANDBOX=container}: it checks podman and the image,
 * makes its class archive through a container, claims a job from a platform, runs the (stand-in)
 * trainer in a container, forwards its events and uploads its predictions, then drains on SIGTERM.
 */
@Tag("container")
class ContainerRunnerProcessTest {

  private static final int INSTANCE = 73;

  @Test
  void aRunnerInContainerModeRunsAJobToItsVerdict() throws Exception {
    String image = ContainerFixture.settings().image();
    Path workDir = Path.of("/tmp/hocsau-container-runner-" + ProcessHandle.current().pid());
    Files.createDirectories(workDir);
    SandboxFixture.cleanUpOnExit(workDir);
    Path trainer = FakeTrainer.build(workDir.resolve("trainer-dist"));
    try (FakePlatform platform = new FakePlatform()) {
      platform.blobs.put(Payloads.sha256(Payloads.FEATURES), Payloads.FEATURES);
      platform.enqueue(31, "cpu", Payloads.train("ok"));
      ProcessBuilder builder =
          new ProcessBuilder(javaCommand(), "-cp", classPath(), Main.class.getName())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("runner.log").toFile());
      builder.environment().clear();
      builder
          .environment()
          .putAll(
              Map.ofEntries(
                  Map.entry("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
                  Map.entry("HOCSAU_PLATFORM_URL", platform.url().toString()),
                  Map.entry("HOCSAU_RUNNER_TOKEN", FakePlatform.TOKEN),
                  Map.entry("HOCSAU_RUNNER_INSTANCE", String.valueOf(INSTANCE)),
                  Map.entry("HOCSAU_SANDBOX", "container"),
                  Map.entry("HOCSAU_CONTAINER_IMAGE", image),
                  Map.entry(
                      "HOCSAU_CONTAINER_RUNTIME", ContainerFixture.onPath("runc") ? "runc" : ""),
                  Map.entry("HOCSAU_WORK_DIR", workDir.toString()),
                  Map.entry("HOCSAU_TRAINER_DIR", trainer.toString()),
                  Map.entry("HOCSAU_MEMORY_LIMIT", "256m"),
                  Map.entry("HOCSAU_TMP_SIZE", "32m"),
                  Map.entry("HOCSAU_OUT_SIZE", "16m"),
                  Map.entry("HOCSAU_JOB_CPUS", "1"),
                  Map.entry("HOCSAU_DRAIN_TIME", "2s")));
      Process runner = builder.start();
      try {
        JsonNode finish = platform.awaitFinish(31, 120_000);

        assertEquals("OK", finish.path("errorClass").asText(), log(workDir));
        assertEquals(
            "id,prediction\n0,1\n1,0\n",
            new String(platform.outputs.get("31/predictions.csv"), StandardCharsets.UTF_8));
        List<String> types =
            platform.events(31).stream().map(e -> e.path("type").asText()).toList();
        assertTrue(types.containsAll(List.of("started", "epoch", "finished")), types.toString());
        String log = log(workDir);
        assertTrue(log.contains("Sandbox: podman container sandbox, image " + image), log);
        assertTrue(log.contains("Class archive: "), "made through a container: " + log);

        runner.destroy(); // SIGTERM
        assertTrue(runner.waitFor(30, TimeUnit.SECONDS), "runner did not exit: " + log(workDir));
      } finally {
        runner.destroyForcibly();
      }
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The runner's classes and its only dependency, Jackson. */
  private static String classPath() throws Exception {
    return String.join(
        File.pathSeparator,
        List.of(
            location(Main.class),
            location(ObjectMapper.class),
            location(JsonFactory.class),
            location(JsonProperty.class)));
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static String log(Path workDir) {
    try {
      return Files.readString(workDir.resolve("runner.log"), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}
