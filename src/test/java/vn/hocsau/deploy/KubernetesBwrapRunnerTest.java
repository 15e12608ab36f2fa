package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * infra/kubernetes/bwrap/: the runner variant that works today, bwrap inside a privileged pod. Read
 * as strictly as the other manifests; its privilege is the one exception, held to its own namespace
 * (Pod Security {@code privileged}, default-deny network) and to exactly what bwrap needs: no host
 * namespaces, no host paths, no service-account token, a read-only root, limits that cover the
 * slots.
 */
class KubernetesBwrapRunnerTest {

  static final Path FILE = Manifests.KUBERNETES.resolve("bwrap/runner-bwrap.yaml");
  static final String NAMESPACE = "hocsau-runners-bwrap";

  @Test
  void theVariantIsPrivilegedOnlyWhereItSaysSo() {
    check(Yaml.text(FILE));
  }

  @Test
  void theOtherNamespacesStayRestrictedAndTheirPodsUnprivileged() {
    for (Namespace namespace : Manifests.ofKind(Manifests.all(), Namespace.class)) {
      assertEquals(
          "restricted",
          namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"),
          namespace.getMetadata().getName());
    }
    for (Deployment deployment : Manifests.ofKind(Manifests.all(), Deployment.class)) {
      for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
        assertFalse(Boolean.TRUE.equals(container.getSecurityContext().getPrivileged()));
      }
    }
  }

  @Test
  void thePlatformAdmitsTheseRunners() {
    NetworkPolicy ingress =
        Manifests.ofKind(Manifests.all(), NetworkPolicy.class).stream()
            .filter(p -> p.getMetadata().getName().equals("platform-ingress"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ingress.getSpec().getIngress().get(0).getFrom().stream()
            .anyMatch(
                peer ->
                    peer.getNamespaceSelector() != null
                        && NAMESPACE.equals(
                            peer.getNamespaceSelector()
                                .getMatchLabels()
                                .get("kubernetes.io/metadata.name"))));
  }

  @Test
  void aWiderPrivilegeWouldBeCaught() {
    String text = Yaml.text(FILE);
    for (String[] weakening :
        List.of(
            new String[] {"enforce: privileged", "enforce: baseline"},
            new String[] {"      enableServiceLinks: false", "      hostPID: true"},
            new String[] {"      enableServiceLinks: false", "      hostNetwork: true"},
            new String[] {"      automountServiceAccountToken: false", ""},
            new String[] {"readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"},
            new String[] {"emptyDir: {sizeLimit: 6Gi}", "hostPath: {path: /var/lib/hocsau}"},
            new String[] {"limits: {cpu: \"5\", memory: 7Gi", "limits: {cpu: \"5\", memory: 3Gi"},
            new String[] {"  policyTypes: [Ingress, Egress]", "  policyTypes: [Ingress]"},
            new String[] {
              "namespace: hocsau-runners-bwrap\n  labels", "namespace: hocsau\n  labels"
            },
            new String[] {"value: bwrap", "value: container"})) {
      assertTrue(text.contains(weakening[0]), weakening[0]);
      String weakened = text.replace(weakening[0], weakening[1]);
      assertThrows(AssertionFailedError.class, () -> check(weakened), weakening[1]);
    }
  }

  private static void check(String text) {
    List<HasMetadata> all = Manifests.read("bwrap/runner-bwrap.yaml", text);
    for (HasMetadata resource : all) {
      if (!(resource instanceof Namespace)) {
        assertEquals(NAMESPACE, resource.getMetadata().getNamespace(), resource.getKind());
      }
    }
    Namespace namespace = Manifests.ofKind(all, Namespace.class).get(0);
    assertEquals(NAMESPACE, namespace.getMetadata().getName());
    assertEquals(
        "privileged",
        namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));

    List<Deployment> deployments = Manifests.ofKind(all, Deployment.class);
    assertEquals(1, deployments.size());
    PodSpec pod = deployments.get(0).getSpec().getTemplate().getSpec();
    assertFalse(
        Boolean.TRUE.equals(pod.getHostNetwork())
            || Boolean.TRUE.equals(pod.getHostPID())
            || Boolean.TRUE.equals(pod.getHostIPC()),
        "no host namespace");
    assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no API token");
    assertTrue(pod.getVolumes().stream().allMatch(v -> v.getHostPath() == null), "no host path");
    assertEquals(1, pod.getContainers().size());
    Container runner = pod.getContainers().get(0);
    var security = runner.getSecurityContext();
    assertEquals(Boolean.TRUE, security.getPrivileged());
    assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
    assertEquals(0L, security.getRunAsUser());

    Map<String, String> env =
        runner.getEnv().stream()
            .filter(e -> e.getValue() != null)
            .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    assertEquals("bwrap", env.get("HOCSAU_SANDBOX"));
    RunnerSettings.checkAll("runner-bwrap", runner.getEnv().stream().map(EnvVar::getName).toList());
    assertTrue(
        runner.getEnv().stream()
            .anyMatch(e -> e.getName().equals("HOCSAU_RUNNER_TOKEN") && e.getValueFrom() != null),
        "token from a Secret");
    // The jobs run inside this container's cgroup: its memory limit must hold every slot's.
    BigDecimal limit = Quantity.getAmountInBytes(runner.getResources().getLimits().get("memory"));
    BigDecimal perJob = BigDecimal.valueOf(runnerBytes(env.get("HOCSAU_MEMORY_LIMIT")));
    int slots = env.get("HOCSAU_RUNNER_SLOTS").split(",").length;
    assertTrue(
        limit.compareTo(perJob.multiply(BigDecimal.valueOf(slots))) > 0,
        "memory limit " + limit + " below " + slots + " slots of " + perJob);
    assertNotNull(runner.getResources().getLimits().get("cpu"));

    List<NetworkPolicy> policies = Manifests.ofKind(all, NetworkPolicy.class);
    NetworkPolicy deny =
        policies.stream()
            .filter(p -> p.getMetadata().getName().equals("default-deny"))
            .findFirst()
            .orElseThrow();
    assertTrue(deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
    assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
    assertTrue(deny.getSpec().getIngress().isEmpty() && deny.getSpec().getEgress().isEmpty());
  }

  /** The runner's own size notation ({@code 512m}, {@code 2g}: binary units), as MemorySize. */
  private static long runnerBytes(String text) {
    String units = "kmg";
    char last = Character.toLowerCase(text.charAt(text.length() - 1));
    int power = units.indexOf(last) + 1;
    String digits = power == 0 ? text : text.substring(0, text.length() - 1);
    return Long.parseLong(digits) << (10 * power);
  }
}
