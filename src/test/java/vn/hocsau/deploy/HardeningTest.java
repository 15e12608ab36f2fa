package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The hardening every deployment file promises: non-root, read-only root file system, all
 * capabilities dropped, no privilege escalation, never privileged, and resource limits. Each
 * exception is listed here with its reason, by name, and checked to be exactly that exception.
 */
class HardeningTest {

  /** Dockerfiles whose final stage must run as a non-root user. */
  static final List<String> DOCKERFILES =
      List.of(
          "src/main/docker/Dockerfile.jvm",
          "gpu-runner/runner/Dockerfile",
          "gpu-runner/runner/Dockerfile.cuda",
          "gpu-runner/trainer/Dockerfile",
          "gpu-runner/trainer/Dockerfile.cuda");

  /**
   * Images whose final stage runs as root, and why: the runner runs the bwrap sandbox inside its
   * container (cgroups, tmpfs mounts, slot UIDs); its jobs run as slot UIDs.
   */
  static final Map<String, String> ROOT_IMAGES =
      Map.of(
          "gpu-runner/runner/Dockerfile",
          "HOCSAU_SANDBOX=bwrap needs root to make job cgroups, mount scratch tmpfs, switch UIDs",
          "gpu-runner/runner/Dockerfile.cuda",
          "the same runner, for GPU slots");

  /**
   * Compose services that run privileged and as root, and why. Only this: every other rule (no
   * cap_add, no-new-privileges, read-only root, no host network or PID namespace) still holds.
   */
  static final Map<String, String> PRIVILEGED_SERVICES =
      Map.of(
          "runner",
          "bwrap needs a writable /sys/fs/cgroup, mount rights and user namespaces, which Docker"
              + " grants only to a privileged container; the socket it replaced was root as well",
          "runner-gpu",
          "the same runner with one GPU slot (profile gpu)");

  /**
   * Kubernetes Deployments whose pods run privileged and as root, and why. What confines them
   * (their namespace, network, nodes, no token, no host namespace or path) is
   * KubernetesRunnerPoolsTest's.
   */
  static final Map<String, String> PRIVILEGED_PODS =
      Map.of(
          "hocsau-runner-cpu",
          "bwrap inside the pod needs a writable /sys/fs/cgroup, mount rights and user namespaces:"
              + " only a privileged pod has them (infra/kubernetes/README.md)",
          "hocsau-runner-gpu",
          "the same, for GPU slots");

  /** Compose services allowed a writable root, and why. */
  private static final Map<String, String> WRITABLE_ROOT =
      Map.of("keycloak", "`start` builds Keycloak's optimised form into /opt/keycloak");

  @Test
  void everyComposeServiceIsHardened() {
    checkCompose(Yaml.text(Path.of("docker-compose.yml")));
  }

  @Test
  void aPrivilegedOrWritableServiceWouldBeCaught() {
    String compose = Yaml.text(Path.of("docker-compose.yml"));
    for (String[] weakening :
        List.of(
            new String[] {"  privileged: false", "  privileged: true"},
            new String[] {"  cap_drop: [ALL]", "  cap_drop: [NET_RAW]"},
            new String[] {"    user: \"1001:1001\"", "    user: \"0:0\""},
            new String[] {
              "    read_only: true\n    tmpfs:\n      - /tmp\n    depends_on",
              "    tmpfs:\n      - /tmp\n    depends_on"
            },
            // The runner's exception must not spread to another service ...
            new String[] {
              "    user: \"1001:1001\"", "    user: \"1001:1001\"\n    privileged: true"
            },
            // ... nor grow within the runner.
            new String[] {"    cap_drop: []", "    cap_drop: []\n    pid: host"},
            new String[] {"    cap_drop: []", "    cap_drop: []\n    cap_add: [NET_ADMIN]"},
            new String[] {"    cap_drop: []", "    cap_drop: []\n    network_mode: host"},
            new String[] {
              "    cap_drop: []\n    user: \"0:0\"\n    read_only: true",
              "    cap_drop: []\n    user: \"0:0\""
            })) {
      assertTrue(compose.contains(weakening[0]), weakening[0]);
      String weakened = compose.replace(weakening[0], weakening[1]);
      assertThrows(AssertionFailedError.class, () -> checkCompose(weakened), weakening[1]);
    }
  }

  private static void checkCompose(String text) {
    Map<String, Object> services = Yaml.at(Yaml.documents(text).get(0), "services");
    assertTrue(services.size() >= 5);
    services.forEach(
        (name, value) -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> service = (Map<String, Object>) value;
          assertTrue(
              ((List<?>) service.get("security_opt")).contains("no-new-privileges:true"), name);
          String user = String.valueOf(service.get("user"));
          if (PRIVILEGED_SERVICES.containsKey(name)) {
            // Privileged means every capability; a cap_drop there would only pretend.
            assertEquals(Boolean.TRUE, service.get("privileged"), name);
            assertEquals(List.of(), service.get("cap_drop"), name);
            assertEquals("0:0", user, name);
          } else {
            assertEquals(List.of("ALL"), service.get("cap_drop"), name);
            assertNotEquals(Boolean.TRUE, service.get("privileged"), name);
            assertFalse(
                service.get("user") == null || user.equals("root") || user.matches("0(:.*)?"),
                name + " runs as " + user);
          }
          if (!WRITABLE_ROOT.containsKey(name)) {
            assertEquals(Boolean.TRUE, service.get("read_only"), name + ": read_only");
          }
          assertFalse(service.containsKey("cap_add"), name);
          assertFalse(
              "host".equals(service.get("network_mode")) || "host".equals(service.get("pid")),
              name);
        });
    for (String name : PRIVILEGED_SERVICES.keySet()) {
      assertTrue(services.containsKey(name), "a stale exception: " + name);
    }
  }

  @Test
  void everyDockerfileEndsAsANonRootUser() {
    for (String file : DOCKERFILES) {
      String text = Yaml.text(Path.of(file));
      String finalStage = text.substring(text.lastIndexOf("\nFROM "));
      List<String> users = new ArrayList<>();
      for (String line : finalStage.split("\n")) {
        if (line.startsWith("USER ")) {
          users.add(line.substring(5).strip());
        }
      }
      assertFalse(users.isEmpty(), file + ": no USER in the final stage");
      String last = users.get(users.size() - 1);
      if (ROOT_IMAGES.containsKey(file)) {
        assertEquals("0:0", last, file + ": root on purpose, and said so");
      } else {
        assertTrue(last.matches("[1-9][0-9]*(:[1-9][0-9]*)?"), file + ": USER " + last);
      }
    }
  }

  @Test
  void everyPodIsHardenedAndLimited() {
    List<Deployment> deployments = Manifests.ofKind(Manifests.all(), Deployment.class);
    assertEquals(3, deployments.size());
    checkDeployments(deployments);
  }

  @Test
  void thePrivilegedExceptionDoesNotCoverAnotherDeployment() {
    String runner = Yaml.text(Manifests.KUBERNETES.resolve("runner-cpu.yaml"));
    String renamed =
        runner.replace(
            "  name: hocsau-runner-cpu\n  namespace", "  name: hocsau-runner-extra\n  namespace");
    assertNotEquals(runner, renamed);
    List<Deployment> deployments =
        Manifests.ofKind(Manifests.read("runner-cpu.yaml", renamed), Deployment.class);
    assertThrows(AssertionFailedError.class, () -> checkDeployments(deployments));
    String writable =
        runner.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
    List<Deployment> weakened =
        Manifests.ofKind(Manifests.read("runner-cpu.yaml", writable), Deployment.class);
    assertThrows(AssertionFailedError.class, () -> checkDeployments(weakened));
  }

  /**
   * The listed exceptions get privileged pods with a read-only root and limits; every other pod
   * gets everything checkPod asks.
   */
  private static void checkDeployments(List<Deployment> deployments) {
    for (Deployment deployment : deployments) {
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      String name = deployment.getMetadata().getName();
      if (PRIVILEGED_PODS.containsKey(name)) {
        for (Container container : pod.getContainers()) {
          assertEquals(Boolean.TRUE, container.getSecurityContext().getPrivileged(), name);
          assertEquals(
              Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(), name);
          checkLimits(container);
        }
      } else {
        checkPod(pod);
      }
    }
  }

  @Test
  void aWritableOrUnlimitedPodWouldBeCaught() {
    String platform = Yaml.text(Manifests.KUBERNETES.resolve("platform.yaml"));
    for (String[] weakening :
        List.of(
            new String[] {"readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"},
            new String[] {"allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true"},
            new String[] {"capabilities: {drop: [\"ALL\"]}", "capabilities: {drop: [\"NET_RAW\"]}"},
            new String[] {"limits: {cpu: \"2\", memory: 768Mi", "limits: {memory: 768Mi"},
            new String[] {"privileged: false", "privileged: true"})) {
      assertTrue(platform.contains(weakening[0]), weakening[0]);
      String weakened = platform.replace(weakening[0], weakening[1]);
      Deployment deployment =
          Manifests.ofKind(Manifests.read("platform.yaml", weakened), Deployment.class).get(0);
      assertThrows(
          AssertionFailedError.class,
          () -> checkPod(deployment.getSpec().getTemplate().getSpec()),
          weakening[1]);
    }
  }

  private static void checkPod(PodSpec pod) {
    assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
    assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
    assertFalse(Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()));
    for (Container container : pod.getContainers()) {
      var security = container.getSecurityContext();
      String name = container.getName();
      assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), name);
      assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), name);
      assertNotEquals(Boolean.TRUE, security.getPrivileged(), name);
      assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name);
      assertTrue(security.getCapabilities().getAdd().isEmpty(), name);
      checkLimits(container);
    }
  }

  private static void checkLimits(Container container) {
    String name = container.getName();
    var resources = container.getResources();
    assertNotNull(resources.getRequests().get("cpu"), name);
    assertNotNull(resources.getRequests().get("memory"), name);
    assertNotNull(resources.getLimits().get("memory"), name);
    assertNotNull(resources.getLimits().get("cpu"), name);
  }
}
