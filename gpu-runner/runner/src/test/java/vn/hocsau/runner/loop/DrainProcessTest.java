package vn.hocsau.runner.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.Main;
import vn.hocsau.runner.api.FakePlatform;
import vn.hocsau.runner.job.FakeTrainer;
import vn.hocsau.runner.job.Payloads;

/**
 * SIGTERM on a real runner process: it stops claiming, waits the drain time, stops the running
 * sandbox, hands the job back with RUNNER_LOST and exits, leaving no process of the slot behind.
 */
class DrainProcessTest {

  @Test
  void sigtermHandsTheRunningJobBackAndExits() throws Exception {
    Path workDir = Path.of("/tmp/hocsau-drain-test-" + ProcessHandle.current().pid());
    Files.createDirectories(workDir);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    vn.hocsau.runner.sandbox.SafeDelete.tree(workDir);
                  } catch (java.io.IOException e) {
                    // Left in /tmp; harmless.
                  }
                }));
    Path trainer = FakeTrainer.build(workDir.resolve("trainer-dist"));
    try (FakePlatform platform = new FakePlatform()) {
      platform.blobs.put(Payloads.sha256(Payloads.FEATURES), Payloads.FEATURES);
      platform.enqueue(7, "cpu", Payloads.train("sleep"));
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
                  Map.entry("HOCSAU_RUNNER_SLOTS", "cpu"),
                  Map.entry("HOCSAU_WORK_DIR", workDir.toString()),
                  Map.entry("HOCSAU_TRAINER_DIR", trainer.toString()),
                  Map.entry("HOCSAU_MEMORY_LIMIT", "256m"),
                  Map.entry("HOCSAU_TMP_SIZE", "32m"),
                  Map.entry("HOCSAU_OUT_SIZE", "16m"),
                  Map.entry("HOCSAU_JOB_CPUS", "1"),
                  Map.entry("HOCSAU_DRAIN_TIME", "2s"),
                  Map.entry(
                      "HOCSAU_RUNNER_INSTANCE",
                      String.valueOf(vn.hocsau.runner.sandbox.TestHosts.INSTANCE + 5))));
      Process runner = builder.start();
      try {
        long end = System.currentTimeMillis() + 30_000;
        while (!platform.heartbeats.contains(7L)) {
          assertTrue(runner.isAlive(), log(workDir));
          assertTrue(System.currentTimeMillis() < end, "no heartbeat: " + log(workDir));
          Thread.sleep(50);
        }

        runner.destroy(); // SIGTERM

        assertTrue(runner.waitFor(30, TimeUnit.SECONDS), "runner did not exit: " + log(workDir));
        JsonNode finish = platform.awaitFinish(7, 1000);
        assertEquals("RUNNER_LOST", finish.path("errorClass").asText(), log(workDir));
        assertTrue(log(workDir).contains("SIGTERM: draining"), log(workDir));
        assertNoProcessOfUid(
            String.valueOf(
                vn.hocsau.runner.sandbox.SandboxHost.defaults(
                        workDir, vn.hocsau.runner.sandbox.TestHosts.INSTANCE + 5)
                    .uidOf(0)));
      } finally {
        runner.destroyForcibly();
      }
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The runner's classes and its only dependency, Jackson, wherever the build keeps them. */
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

  private static void assertNoProcessOfUid(String uid) throws Exception {
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          List<String> status = Files.readAllLines(proc.resolve("status"));
          boolean zombie = status.stream().anyMatch(l -> l.startsWith("State:\tZ"));
          boolean ofUid =
              status.stream().anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals(uid));
          assertFalse(ofUid && !zombie, "process " + proc + " of UID " + uid + " survived");
        } catch (java.nio.file.NoSuchFileException e) {
          // Ended while we looked.
        }
      }
    }
  }
}
