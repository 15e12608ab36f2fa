package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import vn.hocsau.job.QueueMetrics;

/**
 * The KEDA ScaledObjects (infra/kubernetes/keda-*.yaml). fabric8 has no KEDA model, so two checks:
 * the schema that @kubernetes-models/keda (npm) generates from KEDA's API types, for types, enums
 * and required fields (it lets unknown fields through), and the field names here, strictly, from
 * KEDA's ScaledObject reference.
 */
class KedaScaledObjectTest {

  private static final Map<String, Set<String>> FIELDS =
      Map.of(
          "",
          Set.of("apiVersion", "kind", "metadata", "spec"),
          "metadata",
          Set.of("name", "namespace", "labels", "annotations"),
          "spec",
          Set.of(
              "scaleTargetRef",
              "pollingInterval",
              "cooldownPeriod",
              "initialCooldownPeriod",
              "idleReplicaCount",
              "minReplicaCount",
              "maxReplicaCount",
              "fallback",
              "advanced",
              "triggers"),
          "spec.scaleTargetRef",
          Set.of("apiVersion", "kind", "name", "envSourceContainerName"),
          "spec.advanced",
          Set.of(
              "restoreToOriginalReplicaCount", "horizontalPodAutoscalerConfig", "scalingModifiers"),
          "spec.advanced.horizontalPodAutoscalerConfig",
          Set.of("name", "behavior"),
          "spec.triggers[]",
          Set.of("type", "name", "metadata", "authenticationRef", "metricType", "useCachedMetrics"),
          "spec.triggers[].metadata",
          Set.of(
              "serverAddress",
              "query",
              "queryParameters",
              "threshold",
              "activationThreshold",
              "namespace",
              "customHeaders",
              "ignoreNullValues",
              "unsafeSsl"));

  @TempDir Path dir;

  @Test
  void theScaledObjectsPassKedasSchema() {
    var result = validate(kedaFiles());
    assertEquals(0, result.exitCode(), result.output());
  }

  @Test
  void kedasSchemaRefusesAWrongType() throws IOException {
    Path broken = dir.resolve("keda-broken.yaml");
    Files.writeString(
        broken,
        Yaml.text(Manifests.KUBERNETES.resolve("keda-gpu.yaml"))
            .replace("minReplicaCount: 0", "minReplicaCount: none"));
    var result = validate(List.of(broken));
    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("minReplicaCount must be integer"), result.output());
  }

  @Test
  void everyFieldIsOneKedaKnows() {
    for (Path file : kedaFiles()) {
      for (Map<String, Object> document : Yaml.documents(Yaml.text(file))) {
        checkFields(file.getFileName() + ":", "", document);
      }
    }
  }

  @Test
  void theScaleDownBehaviourIsAnHpaBehaviour() {
    for (Path file : kedaFiles()) {
      Map<String, Object> behavior =
          Yaml.at(Yaml.read(file), "spec", "advanced", "horizontalPodAutoscalerConfig", "behavior");
      var parsed =
          Manifests.strict(
              file.getFileName().toString(),
              behavior,
              io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior.class);
      assertTrue(parsed.getScaleDown().getStabilizationWindowSeconds() > 0, file.toString());
    }
    Map<String, Object> misspelled = Map.of("scaleDown", Map.of("stabilisationWindowSeconds", 600));
    assertThrows(
        AssertionFailedError.class,
        () ->
            Manifests.strict(
                "misspelled",
                misspelled,
                io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior
                    .class));
  }

  @Test
  void aMisspelledFieldIsRefused() {
    String text = Yaml.text(Manifests.KUBERNETES.resolve("keda-gpu.yaml"));
    var document = Yaml.documents(text.replace("cooldownPeriod:", "coolDownPeriod:")).get(0);
    AssertionError failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            AssertionError.class, () -> checkFields("keda-gpu.yaml:", "", document));
    assertTrue(failure.getMessage().contains("coolDownPeriod"), failure.getMessage());
  }

  @Test
  void eachPoolScalesItsRunnersOnItsQueueAndTheGpuPoolDownToZero() {
    var deployments = Manifests.ofKind(Manifests.all(), Deployment.class);
    for (String pool : List.of("cpu", "gpu")) {
      Map<String, Object> scaled =
          Yaml.read(Manifests.KUBERNETES.resolve("keda-" + pool + ".yaml"));
      String target = Yaml.at(scaled, "spec", "scaleTargetRef", "name");
      String namespace = Yaml.at(scaled, "metadata", "namespace");
      Deployment runners =
          deployments.stream()
              .filter(d -> d.getMetadata().getName().equals(target))
              .filter(d -> d.getMetadata().getNamespace().equals(namespace))
              .findFirst()
              .orElseThrow(() -> new AssertionError(target + " in " + namespace));
      List<Map<String, Object>> triggers = Yaml.at(scaled, "spec", "triggers");
      assertEquals("prometheus", triggers.get(0).get("type"));
      String query = Yaml.at(triggers.get(0), "metadata", "query");
      // The gauge's name and label as QueueMetrics registers them.
      assertEquals(
          "max(hocsau_jobs_queued{" + QueueMetrics.POOL + "=\"" + pool + "\"})", query, pool);
      // One replica per as many queued jobs as it has slots.
      String slots =
          runners.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
              .filter(e -> e.getName().equals("HOCSAU_RUNNER_SLOTS"))
              .findFirst()
              .orElseThrow()
              .getValue();
      assertEquals(
          String.valueOf(slots.split(",").length),
          Yaml.at(triggers.get(0), "metadata", "threshold"),
          pool);
    }
    Map<String, Object> gpu = Yaml.read(Manifests.KUBERNETES.resolve("keda-gpu.yaml"));
    assertEquals(0, (int) Yaml.at(gpu, "spec", "minReplicaCount"));
  }

  @SuppressWarnings("unchecked")
  private static void checkFields(String file, String path, Map<String, Object> node) {
    Set<String> allowed = FIELDS.get(path);
    if (allowed == null) {
      return; // free-form below here: labels, annotations; HPA behavior: its own test
    }
    for (var entry : node.entrySet()) {
      String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
      if (!allowed.contains(entry.getKey())) {
        fail(file + " unknown field " + child);
      }
      if (entry.getValue() instanceof Map<?, ?> map) {
        checkFields(file, child, (Map<String, Object>) map);
      } else if (entry.getValue() instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> map) {
            checkFields(file, child + "[]", (Map<String, Object>) map);
          }
        }
      }
    }
  }

  private static List<Path> kedaFiles() {
    return List.of(
        Manifests.KUBERNETES.resolve("keda-cpu.yaml"),
        Manifests.KUBERNETES.resolve("keda-gpu.yaml"));
  }

  private static Tool.Result validate(List<Path> files) {
    Path modules = Tool.globalNodeModules();
    if (!Files.isDirectory(modules.resolve("@kubernetes-models/keda"))) {
      fail("npm install -g @kubernetes-models/keda@2.0.0 yaml@2.9.1 (.ci/run does)");
    }
    List<String> command = new ArrayList<>();
    command.add(Tool.require("apt-get install nodejs", "node"));
    command.add(Path.of("src/test/resources/deploy/validate-keda.mjs").toAbsolutePath().toString());
    command.add(modules.toString());
    files.forEach(f -> command.add(f.toString()));
    return Tool.run(Path.of("").toAbsolutePath(), command);
  }
}
