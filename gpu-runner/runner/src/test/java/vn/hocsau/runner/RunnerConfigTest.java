package vn.hocsau.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunnerConfigTest {

  private static final String TOKEN = "rt_s3cr3t-Token";

  /** The smallest environment that starts a runner; tests add or replace one variable. */
  private static Map<String, String> minimalEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("HOCSAU_PLATFORM_URL", "https://hocsau.example.org");
    env.put("HOCSAU_RUNNER_TOKEN", TOKEN);
    return env;
  }

  private static Map<String, String> minimalEnvWith(String name, String value) {
    Map<String, String> env = minimalEnv();
    env.put(name, value);
    return env;
  }

  private static InvalidConfigException rejected(Map<String, String> env) {
    return assertThrows(InvalidConfigException.class, () -> RunnerConfig.fromEnvironment(env));
  }

  @Test
  void fullEnvironmentIsParsed() {
    Map<String, String> env = minimalEnv();
    env.put("HOCSAU_RUNNER_SLOTS", "cpu, CPU ,gpu");
    env.put("HOCSAU_SANDBOX", "Container");
    env.put("HOCSAU_CONTAINER_IMAGE", "localhost/hocsau-trainer:1");
    env.put("HOCSAU_WALL_TIME", "1h30m");
    env.put("HOCSAU_MEMORY_LIMIT", "512m");

    RunnerConfig config = RunnerConfig.fromEnvironment(env);

    assertEquals(URI.create("https://hocsau.example.org/"), config.platformUrl());
    assertEquals(TOKEN, config.token());
    assertEquals(List.of(SlotKind.CPU, SlotKind.CPU, SlotKind.GPU), config.slots());
    assertEquals(List.of(-1, -1, 0), config.slotGpus());
    assertEquals(1, config.gpuSlotCount());
    assertEquals(SandboxMode.CONTAINER, config.sandboxMode());
    assertEquals(Duration.ofMinutes(90), config.wallTimeLimit());
    assertEquals(512L * 1024 * 1024, config.memoryLimit().bytes());
  }

  @Test
  void defaultsApplyWhenOptionalSettingsAreAbsentOrBlank() {
    RunnerConfig config = RunnerConfig.fromEnvironment(minimalEnvWith("HOCSAU_SANDBOX", "  "));

    assertEquals(List.of(SlotKind.CPU), config.slots());
    assertEquals(SandboxMode.BWRAP, config.sandboxMode());
    assertEquals(Duration.ofHours(1), config.wallTimeLimit());
    assertEquals(MemorySize.parse("2g"), config.memoryLimit());
    assertEquals(java.nio.file.Path.of("/var/lib/hocsau-runner"), config.job().workDir());
    assertEquals(Duration.ofMinutes(5), config.job().drainTime());
    assertEquals(50, config.job().heapPercent());
    assertEquals(List.of(), config.job().jvmFlags());
    assertFalse(config.job().allowUnsandboxed());
    assertTrue(config.job().classArchive());
  }

  @Test
  void theClassArchiveIsOnOrOff() {
    assertFalse(
        RunnerConfig.fromEnvironment(minimalEnvWith("HOCSAU_CLASS_ARCHIVE", "OFF"))
            .job()
            .classArchive());
    assertEquals(
        List.of("HOCSAU_CLASS_ARCHIVE: 'no' must be on or off"),
        rejected(minimalEnvWith("HOCSAU_CLASS_ARCHIVE", "no")).problems());
  }

  @Test
  void jobSettingsAreParsedAndChecked() {
    Map<String, String> env = minimalEnv();
    env.put("HOCSAU_TRAINER_JVM_FLAGS", " -XX:+UseSerialGC  -Dx=y ");
    env.put("HOCSAU_JOB_CPUS", "0");
    env.put("HOCSAU_HEAP_PERCENT", "95");
    InvalidConfigException error = rejected(env);
    assertEquals(
        List.of(
            "HOCSAU_JOB_CPUS: '0' must be a whole number from 1 to 256",
            "HOCSAU_HEAP_PERCENT: '95' must be a whole number from 10 to 90"),
        error.problems());

    env.put("HOCSAU_JOB_CPUS", "4");
    env.put("HOCSAU_HEAP_PERCENT", "60");
    RunnerConfig config = RunnerConfig.fromEnvironment(env);
    assertEquals(List.of("-XX:+UseSerialGC", "-Dx=y"), config.job().jvmFlags());
    assertEquals(4, config.job().cpus());
  }

  @Test
  void propertiesUseTheirOwnKeysAndNameThemInErrors() {
    Properties properties = new Properties();
    properties.setProperty("hocsau.platform-url", "http://platform:8080/hocsau");
    properties.setProperty("hocsau.runner.token", TOKEN);
    properties.setProperty("hocsau.sandbox", "none");
    properties.setProperty("hocsau.allow-unsandboxed", "i-understand");

    RunnerConfig config = RunnerConfig.fromProperties(properties);
    assertEquals(URI.create("http://platform:8080/hocsau/"), config.platformUrl());
    assertEquals(SandboxMode.NONE, config.sandboxMode());

    properties.setProperty("hocsau.memory-limit", "lots");
    InvalidConfigException error =
        assertThrows(InvalidConfigException.class, () -> RunnerConfig.fromProperties(properties));
    assertEquals(
        List.of("hocsau.memory-limit: 'lots' is not a memory size (write e.g. 512m or 2g)"),
        error.problems());
  }

  @Test
  void everyMissingRequiredSettingIsReportedAtOnce() {
    InvalidConfigException error = rejected(Map.of("HOCSAU_RUNNER_SLOTS", "tpu"));

    assertEquals(
        List.of(
            "HOCSAU_PLATFORM_URL is required (base URL of the platform,"
                + " e.g. https://hocsau.example.org)",
            "HOCSAU_RUNNER_TOKEN is required (runner token issued by a platform admin)",
            "HOCSAU_RUNNER_SLOTS: unknown slot kind 'tpu' at position 1 (expected cpu, gpu or gpu:N)"),
        error.problems());
    assertTrue(error.getMessage().startsWith("Invalid runner configuration:\n  - "));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HOCSAU_PLATFORM_URL | ftp://hocsau.example.org"
            + " | HOCSAU_PLATFORM_URL: 'ftp://hocsau.example.org' must start with https:// or http://",
        "HOCSAU_PLATFORM_URL | hocsau.example.org"
            + " | HOCSAU_PLATFORM_URL: 'hocsau.example.org' must start with https:// or http://",
        "HOCSAU_PLATFORM_URL | https:///api"
            + " | HOCSAU_PLATFORM_URL: 'https:///api' has no host name",
        "HOCSAU_PLATFORM_URL | https://host/a b"
            + " | HOCSAU_PLATFORM_URL: 'https://host/a b' is not a valid URL: Illegal character in path",
        "HOCSAU_PLATFORM_URL | https://host/?x=1"
            + " | HOCSAU_PLATFORM_URL: 'https://host/?x=1' must not have a query or fragment",
        "HOCSAU_RUNNER_SLOTS | cpu,,gpu"
            + " | HOCSAU_RUNNER_SLOTS: empty slot at position 2 in 'cpu,,gpu' (expected e.g. cpu,cpu,gpu)",
        "HOCSAU_RUNNER_SLOTS | cpu,gpu,tpu"
            + " | HOCSAU_RUNNER_SLOTS: unknown slot kind 'tpu' at position 3 (expected cpu, gpu or gpu:N)",
        "HOCSAU_SANDBOX | docker"
            + " | HOCSAU_SANDBOX: unknown sandbox mode 'docker'"
            + " (expected one of bwrap, container, none)",
        "HOCSAU_WALL_TIME | forever"
            + " | HOCSAU_WALL_TIME: 'forever' is not a duration (write e.g. 90s, 30m, 1h30m or PT1H30M)",
        "HOCSAU_WALL_TIME | 0s | HOCSAU_WALL_TIME: '0s' must be at least 1s",
        "HOCSAU_WALL_TIME | PT-5M | HOCSAU_WALL_TIME: 'PT-5M' must be at least 1s",
        "HOCSAU_MEMORY_LIMIT | 2 | HOCSAU_MEMORY_LIMIT: '2' has no unit (write e.g. 512m or 2g)",
        "HOCSAU_MEMORY_LIMIT | 0g | HOCSAU_MEMORY_LIMIT: '0g' must be more than zero",
        "HOCSAU_MEMORY_LIMIT | 32m"
            + " | HOCSAU_MEMORY_LIMIT: '32m' is too small; a job needs at least 64m",
        "HOCSAU_MEMORY_LIMIT | 99999999999t | HOCSAU_MEMORY_LIMIT: '99999999999t' is too large",
      })
  void eachInvalidValueGetsAClearMessage(String name, String value, String expected) {
    assertEquals(List.of(expected), rejected(minimalEnvWith(name, value)).problems());
  }

  @Test
  void urlWithCredentialsIsRejectedWithoutEchoingThem() {
    InvalidConfigException error =
        rejected(minimalEnvWith("HOCSAU_PLATFORM_URL", "https://admin:hunter2@host"));

    assertEquals(
        List.of("HOCSAU_PLATFORM_URL: must not contain a user name or password"), error.problems());
  }

  @Test
  void badTokenIsRejectedWithoutEchoingIt() {
    InvalidConfigException error =
        rejected(minimalEnvWith("HOCSAU_RUNNER_TOKEN", "rt_secret part"));

    assertEquals(
        List.of(
            "HOCSAU_RUNNER_TOKEN: must be printable ASCII without spaces, as it is sent in an HTTP"
                + " header (found a bad character at position 10)"),
        error.problems());
    assertFalse(error.getMessage().contains("secret"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gpu,cpu,gpu | GPU,CPU,GPU | 0 ; -1 ; 1",
        "gpu:1, cpu, GPU:0 | GPU,CPU,GPU | 1 ; -1 ; 0",
        "cpu,gpu:3,gpu | CPU,GPU,GPU | -1 ; 3 ; 1"
      })
  void eachGpuSlotGetsItsOwnGpu(String slots, String kinds, String gpus) {
    RunnerConfig config =
        RunnerConfig.fromEnvironment(minimalEnvWith("HOCSAU_RUNNER_SLOTS", slots));

    assertEquals(
        java.util.Arrays.stream(kinds.split(",")).map(SlotKind::valueOf).toList(), config.slots());
    assertEquals(
        java.util.Arrays.stream(gpus.split(";")).map(String::strip).map(Integer::valueOf).toList(),
        config.slotGpus());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gpu,gpu:0 | HOCSAU_RUNNER_SLOTS: slots 1 and 2 both get GPU 0; a GPU holds one job at a"
            + " time (write gpu:N to choose, e.g. gpu:0,gpu:1)",
        "gpu:64 | HOCSAU_RUNNER_SLOTS: 'gpu:64' at position 1: the GPU number must be from 0 to 63"
            + " (as in /dev/nvidia0)",
        "cpu,gpu:x | HOCSAU_RUNNER_SLOTS: 'gpu:x' at position 2: the GPU number must be from 0 to 63"
            + " (as in /dev/nvidia0)",
        "gpu:-1 | HOCSAU_RUNNER_SLOTS: 'gpu:-1' at position 1: the GPU number must be from 0 to 63"
            + " (as in /dev/nvidia0)"
      })
  void aGpuNumberOutOfRangeOrGivenTwiceIsRejected(String slots, String problem) {
    assertEquals(
        List.of(problem), rejected(minimalEnvWith("HOCSAU_RUNNER_SLOTS", slots)).problems());
  }

  @Test
  void toStringRedactsTheToken() {
    RunnerConfig config =
        RunnerConfig.fromEnvironment(minimalEnvWith("HOCSAU_RUNNER_SLOTS", "gpu,cpu"));

    assertEquals(
        "RunnerConfig[platformUrl=https://hocsau.example.org/, token=<redacted>, instance=0,"
            + " slots=gpu:0,cpu,"
            + " sandboxMode=bwrap, wallTimeLimit=1h, memoryLimit=2g,"
            + " workDir=/var/lib/hocsau-runner, trainerDir=gpu-runner/trainer/target/trainer-dist,"
            + " jobCpus=2]",
        config.toString());
  }

  // --- Several runners on one machine (HOCSAU_RUNNER_INSTANCE) ---

  @Test
  void theInstanceDefaultsToZeroAndIsReadFromTheEnvironment() {
    assertEquals(0, RunnerConfig.fromEnvironment(minimalEnv()).instance());
    assertEquals(
        7,
        RunnerConfig.fromEnvironment(minimalEnvWith("HOCSAU_RUNNER_INSTANCE", " 7 ")).instance());
  }

  @ParameterizedTest
  @CsvSource({"-1", "100", "two", "1.5"})
  void anInstanceOutOfRangeIsRejected(String value) {
    InvalidConfigException error = rejected(minimalEnvWith("HOCSAU_RUNNER_INSTANCE", value));

    assertEquals(
        List.of("HOCSAU_RUNNER_INSTANCE: '" + value + "' must be a whole number from 0 to 99"),
        error.problems());
  }

  @Test
  void oneRunnerHasAtMostAHundredSlots() {
    InvalidConfigException error =
        rejected(
            minimalEnvWith(
                "HOCSAU_RUNNER_SLOTS",
                String.join(",", java.util.Collections.nCopies(101, "cpu"))));

    assertEquals(1, error.problems().size());
    assertTrue(error.problems().get(0).contains("at most 100 slots per runner, got 101"));
  }

  @Test
  void containerSettingsAreParsedAndCheckedLikeTheRest() {
    Map<String, String> env = new java.util.HashMap<>(minimalEnv());
    env.put("HOCSAU_SANDBOX", "container");
    env.put("HOCSAU_CONTAINER_IMAGE", "localhost/hocsau-trainer:0123456789abcdef");
    env.put("HOCSAU_CONTAINER_RUNTIME", "runc");
    RunnerConfig config = RunnerConfig.fromEnvironment(env);

    assertEquals(
        vn.hocsau.runner.container.ContainerRunLine.Engine.PODMAN, config.container().engine());
    assertEquals("localhost/hocsau-trainer:0123456789abcdef", config.container().image());
    assertEquals("runc", config.container().runtime());
    assertEquals(java.util.List.of("nproc=1024:1024"), config.container().ulimits());

    env.put("HOCSAU_CONTAINER_ENGINE", "lxc");
    env.put("HOCSAU_CONTAINER_ULIMITS", "nproc=1 --privileged");
    env.put("HOCSAU_CONTAINER_IMAGE", "--privileged");
    String message = rejected(env).getMessage();
    assertTrue(message.contains("HOCSAU_CONTAINER_ENGINE: 'lxc' is not podman or docker"), message);
    assertTrue(message.contains("HOCSAU_CONTAINER_ULIMITS"), message);
    assertTrue(message.contains("HOCSAU_CONTAINER_IMAGE: not an image reference"), message);
  }
}
