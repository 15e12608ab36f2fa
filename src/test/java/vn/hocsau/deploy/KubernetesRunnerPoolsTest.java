package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * infra/kubernetes/runner-cpu.yaml and runner-gpu.yaml: one runner pool per resource, each running
 * the bwrap sandbox inside its own privileged pod (infra/kubernetes/README.md, "Why in-pod
 * sandboxes"). The privilege is the one exception of the cluster set-up, held to the runners'
 * namespace (Pod Security {@code privileged}; the platform's stays {@code restricted}), to a
 * network that reaches only the platform and DNS, and to what bwrap needs: no host namespace, no
 * host path, no API token, a read-only root, dedicated nodes, limits that cover the slots.
 */
class KubernetesRunnerPoolsTest {

  static final String NAMESPACE = "hocsau-runners";
  static final List<String> POOLS = List.of("cpu", "gpu");

  private static Path file(String pool) {
    return Manifests.KUBERNETES.resolve("runner-" + pool + ".yaml");
  }

  @Test
  void eachPoolRunsBwrapInAPrivilegedPodAndNothingMore() {
    for (String pool : POOLS) {
      checkPool(pool, Yaml.text(file(pool)));
    }
  }

  @Test
  void onlyTheRunnersNamespaceIsPrivileged() {
    checkNamespaces(Yaml.text(Manifests.KUBERNETES.resolve("namespaces.yaml")));
    for (Deployment deployment : Manifests.ofKind(Manifests.all(), Deployment.class)) {
      boolean privileged =
          deployment.getSpec().getTemplate().getSpec().getContainers().stream()
              .anyMatch(c -> Boolean.TRUE.equals(c.getSecurityContext().getPrivileged()));
      if (privileged) {
        assertEquals(NAMESPACE, deployment.getMetadata().getNamespace());
      }
      if (NAMESPACE.equals(deployment.getMetadata().getNamespace())) {
        assertTrue(
            POOLS.stream()
                .anyMatch(p -> deployment.getMetadata().getName().equals("hocsau-runner-" + p)),
            "nothing but the runner pools in " + NAMESPACE + ": " + deployment.getMetadata());
      }
    }
  }

  @Test
  void theRunnersReachOnlyThePlatformAndDnsAndThePlatformAdmitsThem() {
    List<NetworkPolicy> policies = networkPolicies(networkText());
    checkRunnerNetwork(policies);
    NetworkPolicy ingress =
        policies.stream()
            .filter(p -> p.getMetadata().getName().equals("platform-ingress"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        ingress.getSpec().getIngress().get(0).getFrom().stream()
            .anyMatch(peer -> NAMESPACE.equals(namespaceOf(peer))));
  }

  @Test
  void aWiderPrivilegeWouldBeCaught() {
    String cpu = Yaml.text(file("cpu"));
    for (String[] weakening :
        List.of(
            new String[] {"      enableServiceLinks: false", "      hostPID: true"},
            new String[] {"      enableServiceLinks: false", "      hostNetwork: true"},
            new String[] {
              "      automountServiceAccountToken: false",
              "      automountServiceAccountToken: true"
            },
            new String[] {"readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"},
            new String[] {"emptyDir: {sizeLimit: 6Gi}", "hostPath: {path: /var/lib/hocsau}"},
            new String[] {"limits: {cpu: \"5\", memory: 7Gi", "limits: {cpu: \"5\", memory: 3Gi"},
            new String[] {
              "        hocsau.vn/runner-nodes: cpu\n", "        kubernetes.io/os: linux\n"
            },
            new String[] {"namespace: hocsau-runners", "namespace: hocsau"},
            new String[] {"value: bwrap", "value: container"})) {
      assertTrue(cpu.contains(weakening[0]), weakening[0]);
      String weakened = cpu.replace(weakening[0], weakening[1]);
      assertThrows(AssertionFailedError.class, () -> checkPool("cpu", weakened), weakening[1]);
    }
    String gpu = Yaml.text(file("gpu"));
    for (String[] weakening :
        List.of(
            new String[] {", nvidia.com/gpu: \"1\"}", "}"},
            new String[] {"value: gpu\n", "value: gpu:0,gpu:1\n"},
            new String[] {
              "topologyKey: kubernetes.io/hostname", "topologyKey: topology.kubernetes.io/zone"
            },
            new String[] {"image: hocsau/runner:0.1.0-cuda", "image: hocsau/runner:0.1.0"})) {
      assertTrue(gpu.contains(weakening[0]), weakening[0]);
      String weakened = gpu.replace(weakening[0], weakening[1]);
      assertThrows(AssertionFailedError.class, () -> checkPool("gpu", weakened), weakening[1]);
    }
    String namespaces = Yaml.text(Manifests.KUBERNETES.resolve("namespaces.yaml"));
    assertThrows(
        AssertionFailedError.class,
        () -> checkNamespaces(namespaces.replace("enforce: restricted", "enforce: privileged")));
    String network = networkText();
    for (String[] weakening :
        List.of(
            // The Kubernetes API server, as the Job-launching design had it.
            new String[] {
              "  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n"
                  + "              kubernetes.io/metadata.name: hocsau\n",
              "  egress:\n    - ports:\n        - {protocol: TCP, port: 443}\n"
                  + "    - to:\n        - namespaceSelector:\n            matchLabels:\n"
                  + "              kubernetes.io/metadata.name: hocsau\n"
            },
            new String[] {
              "  name: default-deny\n  namespace: hocsau-runners\nspec:\n  podSelector: {}\n"
                  + "  policyTypes: [Ingress, Egress]",
              "  name: default-deny\n  namespace: hocsau-runners\nspec:\n  podSelector: {}\n"
                  + "  policyTypes: [Ingress]"
            })) {
      assertTrue(network.contains(weakening[0]), weakening[0]);
      String weakened = network.replace(weakening[0], weakening[1]);
      assertThrows(
          AssertionFailedError.class,
          () -> checkRunnerNetwork(networkPolicies(weakened)),
          weakening[1]);
    }
  }

  private static void checkPool(String pool, String text) {
    List<HasMetadata> all = Manifests.read("runner-" + pool + ".yaml", text);
    List<Deployment> deployments = Manifests.ofKind(all, Deployment.class);
    assertEquals(1, deployments.size());
    Deployment deployment = deployments.get(0);
    assertEquals("hocsau-runner-" + pool, deployment.getMetadata().getName());
    assertEquals(NAMESPACE, deployment.getMetadata().getNamespace());
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    assertFalse(
        Boolean.TRUE.equals(pod.getHostNetwork())
            || Boolean.TRUE.equals(pod.getHostPID())
            || Boolean.TRUE.equals(pod.getHostIPC()),
        "no host namespace");
    assertEquals("hocsau-runner", pod.getServiceAccountName());
    assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no API token");
    assertTrue(pod.getVolumes().stream().allMatch(v -> v.getHostPath() == null), "no host path");
    assertEquals(pool, pod.getNodeSelector().get("hocsau.vn/runner-nodes"), "dedicated nodes");
    assertTrue(
        pod.getTolerations().stream()
            .anyMatch(
                t -> "hocsau.vn/runner-nodes".equals(t.getKey()) && pool.equals(t.getValue())),
        "tolerates its nodes' taint");
    assertEquals(1, pod.getContainers().size());
    Container runner = pod.getContainers().get(0);
    var security = runner.getSecurityContext();
    assertEquals(Boolean.TRUE, security.getPrivileged());
    assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem());
    assertEquals(0L, security.getRunAsUser());
    assertNull(security.getCapabilities(), "privileged has every capability; none is claimed");

    Map<String, String> env =
        runner.getEnv().stream()
            .filter(e -> e.getValue() != null)
            .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    assertEquals("bwrap", env.get("HOCSAU_SANDBOX"));
    RunnerSettings.checkAll(
        "runner-" + pool + ".yaml", runner.getEnv().stream().map(EnvVar::getName).toList());
    assertTrue(
        runner.getEnv().stream()
            .anyMatch(e -> e.getName().equals("HOCSAU_RUNNER_TOKEN") && e.getValueFrom() != null),
        "token from a Secret");
    List<String> slots = Arrays.asList(env.get("HOCSAU_RUNNER_SLOTS").split(","));
    assertTrue(slots.stream().allMatch(s -> s.startsWith(pool)), "only " + pool + " slots");

    // The jobs run inside this container's cgroup: its memory limit must hold every slot's.
    Map<String, Quantity> limits = runner.getResources().getLimits();
    BigDecimal limit = Quantity.getAmountInBytes(limits.get("memory"));
    BigDecimal perJob = BigDecimal.valueOf(runnerBytes(env.get("HOCSAU_MEMORY_LIMIT")));
    assertTrue(
        limit.compareTo(perJob.multiply(BigDecimal.valueOf(slots.size()))) > 0,
        "memory limit " + limit + " below " + slots.size() + " slots of " + perJob);
    BigDecimal cpus = Quantity.getAmountInBytes(limits.get("cpu"));
    BigDecimal perJobCpus = new BigDecimal(env.get("HOCSAU_JOB_CPUS"));
    assertTrue(
        cpus.compareTo(perJobCpus.multiply(BigDecimal.valueOf(slots.size()))) >= 0,
        "cpu limit " + cpus + " below " + slots.size() + " slots of " + perJobCpus);
    assertNotNull(limits.get("ephemeral-storage"));

    Quantity gpus = limits.get("nvidia.com/gpu");
    if (pool.equals("gpu")) {
      // One GPU per slot; a privileged pod sees every GPU of its node, so no other GPU pod may
      // share the node (the README's "one GPU per node" rule).
      assertNotNull(gpus, "a GPU pool asks the device plugin for its GPUs");
      assertEquals(slots.size(), Integer.parseInt(gpus.getAmount()), "one GPU per slot");
      var antiAffinity = pod.getAffinity().getPodAntiAffinity();
      assertTrue(
          antiAffinity.getRequiredDuringSchedulingIgnoredDuringExecution().stream()
              .anyMatch(
                  term ->
                      term.getTopologyKey().equals("kubernetes.io/hostname")
                          && deployment
                              .getSpec()
                              .getSelector()
                              .getMatchLabels()
                              .equals(term.getLabelSelector().getMatchLabels())),
          "one GPU runner per node");
      assertTrue(runner.getImage().endsWith("-cuda"), "the CUDA runner image");
      assertEquals(0, deployment.getSpec().getReplicas(), "KEDA starts it from zero");
    } else {
      assertNull(gpus);
      assertFalse(runner.getImage().endsWith("-cuda"));
    }
  }

  private static void checkNamespaces(String text) {
    Map<String, String> enforced =
        Manifests.ofKind(Manifests.read("namespaces.yaml", text), Namespace.class).stream()
            .collect(
                Collectors.toMap(
                    n -> n.getMetadata().getName(),
                    n -> n.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce")));
    assertEquals(Map.of("hocsau", "restricted", NAMESPACE, "privileged"), enforced);
  }

  private static String networkText() {
    return Yaml.text(Manifests.KUBERNETES.resolve("networkpolicies.yaml"));
  }

  private static List<NetworkPolicy> networkPolicies(String text) {
    return Manifests.ofKind(Manifests.read("networkpolicies.yaml", text), NetworkPolicy.class);
  }

  /**
   * Default deny in the runners' namespace, no ingress to it at all, and egress only to the
   * platform's pods on 8080 and to cluster DNS on 53: every egress rule names its peers (a rule
   * without {@code to} allows every address) and its ports.
   */
  private static void checkRunnerNetwork(List<NetworkPolicy> all) {
    List<NetworkPolicy> policies =
        all.stream().filter(p -> NAMESPACE.equals(p.getMetadata().getNamespace())).toList();
    assertTrue(
        policies.stream()
            .anyMatch(
                p ->
                    p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && p.getSpec().getIngress().isEmpty()
                        && p.getSpec().getEgress().isEmpty()),
        "default deny in " + NAMESPACE);
    for (NetworkPolicy policy : policies) {
      String name = policy.getMetadata().getName();
      assertTrue(policy.getSpec().getIngress().isEmpty(), name + ": nothing connects to runners");
      for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
        assertFalse(rule.getTo().isEmpty(), name + ": an egress rule to anywhere");
        Set<Integer> ports =
            rule.getPorts().stream()
                .map(NetworkPolicyPort::getPort)
                .map(p -> p.getIntVal())
                .collect(Collectors.toSet());
        for (NetworkPolicyPeer peer : rule.getTo()) {
          assertNull(peer.getIpBlock(), name + ": an address block");
          Map<String, String> pods =
              peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
          if ("hocsau".equals(namespaceOf(peer))) {
            assertEquals(Map.of("app.kubernetes.io/name", "hocsau-platform"), pods, name);
            assertEquals(Set.of(8080), ports, name);
          } else {
            assertEquals("kube-system", namespaceOf(peer), name);
            assertEquals(Map.of("k8s-app", "kube-dns"), pods, name);
            assertEquals(Set.of(53), ports, name);
          }
        }
      }
    }
  }

  private static String namespaceOf(NetworkPolicyPeer peer) {
    return peer.getNamespaceSelector() == null
        ? null
        : peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
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
