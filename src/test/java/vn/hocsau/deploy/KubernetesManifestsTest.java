package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * infra/kubernetes/ read into fabric8's Kubernetes model classes with unknown fields refused, and
 * the parts the cluster set-up relies on. The runner pools' privilege is
 * KubernetesRunnerPoolsTest's.
 */
class KubernetesManifestsTest {

  @Test
  void everyManifestIsAKnownKindWithKnownFieldsOnly() {
    List<HasMetadata> all = Manifests.all();
    assertTrue(all.size() >= 15, "read " + all.size() + " resources");
    for (HasMetadata resource : all) {
      assertFalse(resource.getMetadata().getName().isBlank(), resource.toString());
    }
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
  void onePoolPerResourceEachRunningTheBwrapSandboxInItsPods() {
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
      assertEquals("bwrap", values.get("HOCSAU_SANDBOX"), pool);
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
  void theRunnersGetNoServiceAccountTokenAndNoRole() {
    List<HasMetadata> all = Manifests.all();
    List<ServiceAccount> accounts =
        Manifests.ofKind(all, ServiceAccount.class).stream()
            .filter(a -> "hocsau-runners".equals(a.getMetadata().getNamespace()))
            .toList();
    assertEquals(
        List.of("default", "hocsau-runner"),
        accounts.stream().map(a -> a.getMetadata().getName()).sorted().toList());
    for (ServiceAccount account : accounts) {
      assertEquals(
          Boolean.FALSE,
          account.getAutomountServiceAccountToken(),
          account.getMetadata().getName());
    }
    for (String pool : List.of("cpu", "gpu")) {
      var pod = deployment(all, "hocsau-runner-" + pool).getSpec().getTemplate().getSpec();
      assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), pool);
    }
    // The runners never call the Kubernetes API: nothing grants them any of it.
    assertEquals(List.of(), Manifests.ofKind(all, Role.class));
    assertEquals(List.of(), Manifests.ofKind(all, RoleBinding.class));
  }

  private static boolean isEmpty(java.util.Collection<?> items) {
    return items == null || items.isEmpty();
  }

  private static boolean isEmpty(Map<?, ?> items) {
    return items == null || items.isEmpty();
  }

  static Deployment deployment(List<HasMetadata> all, String name) {
    return Manifests.ofKind(all, Deployment.class).stream()
        .filter(d -> d.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Deployment " + name));
  }
}
