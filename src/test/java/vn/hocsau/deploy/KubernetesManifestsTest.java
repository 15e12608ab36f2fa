package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * infra/kubernetes/ read into fabric8's Kubernetes model classes with unknown fields refused, and
 * the parts the cluster set-up relies on. The trainer Job template (infra/kubernetes/trainer/, the
 * runner's) is read the same way once its placeholders hold sample values.
 */
class KubernetesManifestsTest {

  @Test
  void everyManifestIsAKnownKindWithKnownFieldsOnly() {
    List<HasMetadata> all = Manifests.all();
    assertTrue(all.size() >= 20, "read " + all.size() + " resources");
    for (HasMetadata resource : all) {
      assertFalse(resource.getMetadata().getName().isBlank(), resource.toString());
    }
    String trainerPolicy = "infra/kubernetes/trainer/trainer-networkpolicy.yaml";
    NetworkPolicy denyAll =
        (NetworkPolicy) Manifests.read(trainerPolicy, Yaml.text(Path.of(trainerPolicy))).get(0);
    assertEquals(List.of("Ingress", "Egress"), denyAll.getSpec().getPolicyTypes());
  }

  @Test
  void aMisspelledFieldIsRefused() {
    String text = Yaml.text(Manifests.KUBERNETES.resolve("platform.yaml"));
    String misspelled = text.replace("readinessProbe:", "readynessProbe:");
    AssertionFailedError failure =
        assertThrows(AssertionFailedError.class, () -> Manifests.read("platform.yaml", misspelled));
    assertTrue(failure.getMessage().contains("readynessProbe"), failure.getMessage());
    String wrongType = text.replace("replicas: 3", "replicas: three");
    assertThrows(AssertionFailedError.class, () -> Manifests.read("platform.yaml", wrongType));
  }

  @Test
  void thePlatformRunsReplicasWithProbesAndADisruptionBudget() {
    List<HasMetadata> all = Manifests.all();
    Deployment platform = deployment(all, "hocsau-platform");
    assertTrue(platform.getSpec().getReplicas() >= 2);
    var container = platform.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
    assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
    PodDisruptionBudget budget =
        Manifests.ofKind(all, PodDisruptionBudget.class).stream().findFirst().orElseThrow();
    assertEquals(
        platform.getSpec().getSelector().getMatchLabels(),
        budget.getSpec().getSelector().getMatchLabels());
    assertEquals(1, Manifests.ofKind(all, io.fabric8.kubernetes.api.model.Service.class).size());
    assertEquals(
        1,
        Manifests.ofKind(all, io.fabric8.kubernetes.api.model.networking.v1.Ingress.class).size());
  }

  @Test
  void onePoolPerResourceEachRunningJobsAsKubernetesJobs() {
    List<HasMetadata> all = Manifests.all();
    for (String pool : List.of("cpu", "gpu")) {
      var env =
          deployment(all, "hocsau-runner-" + pool)
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .get(0)
              .getEnv();
      Map<String, String> values =
          env.stream()
              .filter(e -> e.getValue() != null)
              .collect(java.util.stream.Collectors.toMap(e -> e.getName(), e -> e.getValue()));
      assertEquals("kubernetes", values.get("HOCSAU_SANDBOX"), pool);
      assertTrue(values.get("HOCSAU_RUNNER_SLOTS").startsWith(pool), pool);
      RunnerSettings.checkAll("hocsau-runner-" + pool, env.stream().map(e -> e.getName()).toList());
      assertTrue(
          env.stream()
              .anyMatch(e -> e.getName().equals("HOCSAU_RUNNER_TOKEN") && e.getValueFrom() != null),
          pool + ": token from a Secret");
    }
  }

  @Test
  void theNetworkIsDeniedByDefaultInBothNamespaces() {
    List<NetworkPolicy> policies = Manifests.ofKind(Manifests.all(), NetworkPolicy.class);
    for (String namespace : List.of("hocsau", "hocsau-runners")) {
      assertTrue(
          policies.stream()
              .anyMatch(
                  p ->
                      namespace.equals(p.getMetadata().getNamespace())
                          && isEmpty(p.getSpec().getPodSelector().getMatchLabels())
                          && isEmpty(p.getSpec().getPodSelector().getMatchExpressions())
                          && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                          && p.getSpec().getIngress().isEmpty()
                          && p.getSpec().getEgress().isEmpty()),
          namespace);
    }
  }

  @Test
  void sandboxPodsGetNoServiceAccountToken() {
    ServiceAccount sandboxAccount =
        Manifests.ofKind(Manifests.all(), ServiceAccount.class).stream()
            .filter(a -> a.getMetadata().getName().equals("default"))
            .filter(a -> "hocsau-runners".equals(a.getMetadata().getNamespace()))
            .findFirst()
            .orElseThrow();
    assertEquals(Boolean.FALSE, sandboxAccount.getAutomountServiceAccountToken());
    Job job = trainerJob();
    assertEquals(
        Boolean.FALSE, job.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken());
  }

  private static boolean isEmpty(java.util.Collection<?> items) {
    return items == null || items.isEmpty();
  }

  private static boolean isEmpty(Map<?, ?> items) {
    return items == null || items.isEmpty();
  }

  /** The runner's trainer Job template with sample values, read strictly. */
  static Job trainerJob() {
    String template = Yaml.text(Path.of("infra/kubernetes/trainer/trainer-job.yaml"));
    Map<String, String> sample =
        Map.ofEntries(
            Map.entry("JOB_NAME", "hocsau-job-17-1"),
            Map.entry("NAMESPACE", "hocsau-runners"),
            Map.entry("IMAGE", "hocsau/trainer:0.1.0"),
            Map.entry("UID", "61000"),
            Map.entry("CPUS", "2"),
            Map.entry("MEMORY", "2147483648"),
            Map.entry("EPHEMERAL", "1140850688"),
            Map.entry("TMP_SIZE", "1073741824"),
            Map.entry("OUT_SIZE", "67108864"),
            Map.entry("GPUS", "0"),
            Map.entry("DEADLINE_SECONDS", "3600"),
            Map.entry("COMMAND", "[\"java\", \"-cp\", \"/opt/hocsau/trainer/lib/*\"]"),
            Map.entry("ENV", "[{name: \"LANG\", value: \"C.UTF-8\"}]"));
    Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(template);
    StringBuilder rendered = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          rendered, Matcher.quoteReplacement(sample.get(placeholder.group(1))));
    }
    placeholder.appendTail(rendered);
    return (Job)
        Manifests.read("infra/kubernetes/trainer/trainer-job.yaml", rendered.toString()).get(0);
  }

  static Deployment deployment(List<HasMetadata> all, String name) {
    return Manifests.ofKind(all, Deployment.class).stream()
        .filter(d -> d.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + name));
  }
}
