package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-host stack (docker-compose.yml) as Compose itself reads it: {@code docker compose config}
 * where the plugin exists, else Debian's docker-compose 1.29, which checks the file against its
 * bundled Compose specification schema (profiles and device reservations included). No engine is
 * needed, and none runs here.
 */
class ComposeFileTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir Path copy;

  @Test
  void composeAcceptsTheStackWithTheExampleSecrets() throws IOException {
    var result =
        config(
            Yaml.text(ROOT.resolve("docker-compose.yml")),
            true,
            "--profile",
            "images",
            "--profile",
            "gpu");
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("HOCSAU_SANDBOX: bwrap"), result.output());
    assertTrue(result.output().contains("trainer-cuda:"), result.output());
    assertTrue(result.output().contains("runner-gpu:"), result.output());
    assertTrue(result.output().contains("driver: nvidia"), result.output());
  }

  @Test
  void composeRefusesAMisspelledSettingSoTheCheckAboveMeansSomething() throws IOException {
    String broken =
        Yaml.text(ROOT.resolve("docker-compose.yml"))
            .replace("    privileged: true", "    privilegd: true");
    var result = config(broken, true);
    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("privilegd"), result.output());
  }

  @Test
  void composeRefusesToStartWithoutTheSecretsOfDotEnv() throws IOException {
    var result = config(Yaml.text(ROOT.resolve("docker-compose.yml")), false);
    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("set POSTGRES_PASSWORD in .env"), result.output());
  }

  @Test
  void theStackHasItsParts() {
    Map<String, Object> compose = Yaml.read(ROOT.resolve("docker-compose.yml"));
    Map<String, Object> services = Yaml.at(compose, "services");
    assertTrue(Yaml.<String>at(services, "postgres", "image").startsWith("postgres:18"));
    assertNotNull(Yaml.at(services, "postgres", "healthcheck", "test"));
    assertTrue(
        Yaml.<List<String>>at(services, "postgres", "volumes")
            .contains("pgdata:/var/lib/postgresql"));
    assertTrue(Yaml.<Map<String, Object>>at(compose, "volumes").containsKey("pgdata"));
    assertTrue(
        Yaml.<String>at(services, "keycloak", "image").startsWith("quay.io/keycloak/keycloak:26"));
    assertTrue(Yaml.<List<String>>at(services, "keycloak", "command").contains("--import-realm"));
    assertEquals(
        "src/main/docker/Dockerfile.jvm", Yaml.at(services, "platform", "build", "dockerfile"));
    assertTrue(
        Yaml.<String>at(services, "platform", "environment", "QUARKUS_OIDC_AUTH_SERVER_URL")
            .startsWith("http://keycloak:"));
    assertEquals("bwrap", Yaml.at(services, "runner", "environment", "HOCSAU_SANDBOX"));
    assertEquals("infra/runner.env", Yaml.at(services, "runner", "env_file"));
    assertNull(
        Yaml.at(services, "runner", "environment", "HOCSAU_RUNNER_TOKEN"),
        "the token comes from the env file only");
    assertTrue(
        Yaml.<List<String>>at(services, "runner", "volumes")
            .contains("runner-work:/var/lib/hocsau-runner"));
  }

  @Test
  void theGpuRunnerIsAProfileWithOneNvidiaGpuReserved() {
    Map<String, Object> services =
        Yaml.at(Yaml.read(ROOT.resolve("docker-compose.yml")), "services");
    assertEquals(List.of("gpu"), Yaml.at(services, "runner-gpu", "profiles"), "opt-in only");
    assertEquals(
        List.of(Map.of("driver", "nvidia", "count", 1, "capabilities", List.of("gpu"))),
        Yaml.at(services, "runner-gpu", "deploy", "resources", "reservations", "devices"));
    assertEquals(
        "gpu-runner/runner/Dockerfile.cuda",
        Yaml.at(services, "runner-gpu", "build", "dockerfile"));
    assertEquals("bwrap", Yaml.at(services, "runner-gpu", "environment", "HOCSAU_SANDBOX"));
    String slots = Yaml.at(services, "runner-gpu", "environment", "HOCSAU_RUNNER_SLOTS");
    assertTrue(
        List.of(slots.split(",")).stream().allMatch(s -> s.startsWith("gpu")), "GPU slots only");
    assertEquals(1, slots.split(",").length, "one slot per reserved GPU");
    assertNotEquals(
        Yaml.<String>at(services, "runner", "environment", "HOCSAU_RUNNER_INSTANCE"),
        Yaml.<String>at(services, "runner-gpu", "environment", "HOCSAU_RUNNER_INSTANCE"),
        "two runners on one host need their own instance numbers");
    assertEquals("infra/runner.env", Yaml.at(services, "runner-gpu", "env_file"));
    assertNull(Yaml.at(services, "runner-gpu", "environment", "HOCSAU_RUNNER_TOKEN"));
    assertNull(Yaml.at(services, "runner", "profiles"), "the CPU runner always runs");
  }

  @Test
  void theRunnerGetsOnlySettingsTheRunnerReads() {
    for (String runner : List.of("runner", "runner-gpu")) {
      Map<String, Object> environment =
          Yaml.at(Yaml.read(ROOT.resolve("docker-compose.yml")), "services", runner, "environment");
      RunnerSettings.checkAll("docker-compose.yml " + runner, environment.keySet());
    }
  }

  @Test
  void theCommittedExamplesHoldNoSecretAndTheRealFilesAreIgnored() throws IOException {
    Pattern placeholder =
        Pattern.compile("(|change-me.*|hsr_change-me|dev|\\d+|http://\\S+|\\S+@example\\.org)");
    for (String example : List.of(".env.example", "infra/runner.env.example")) {
      for (String line : Files.readAllLines(ROOT.resolve(example))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String value = line.substring(line.indexOf('=') + 1);
        assertTrue(placeholder.matcher(value).matches(), example + ": " + line);
      }
    }
    for (String secret : List.of(".env", "infra/runner.env")) {
      var ignored = Tool.run(ROOT, List.of("git", "check-ignore", "-q", secret));
      assertEquals(0, ignored.exitCode(), secret + " must be git-ignored");
    }
  }

  /** Runs compose's config check on {@code composeText}, beside copies of the example env files. */
  private Tool.Result config(String composeText, boolean withEnv, String... extra)
      throws IOException {
    Files.writeString(copy.resolve("docker-compose.yml"), composeText);
    Files.createDirectories(copy.resolve("infra"));
    if (withEnv) {
      Files.copy(ROOT.resolve(".env.example"), copy.resolve(".env"));
    }
    Files.copy(ROOT.resolve("infra/runner.env.example"), copy.resolve("infra/runner.env"));
    List<String> command = new ArrayList<>(composeCommand());
    command.addAll(List.of(extra));
    command.addAll(List.of("config"));
    return Tool.run(copy, command);
  }

  private static List<String> composeCommand() {
    String docker = Tool.require("the Docker CLI", "docker");
    if (Tool.run(ROOT, List.of(docker, "compose", "version")).exitCode() == 0) {
      return List.of(docker, "compose");
    }
    return List.of(
        Tool.require(
            "apt-get install docker-compose (Debian's 1.29), or the Docker CLI's compose plugin",
            "docker-compose"));
  }
}
