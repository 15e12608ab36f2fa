package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads Kubernetes manifests into fabric8's model classes, strictly. fabric8's classes keep unknown
 * fields in an "additional properties" map; this reader switches that off, so a misspelled or
 * unknown field, a wrong type or an unknown kind fails with its path.
 */
final class Manifests {

  static final Path KUBERNETES = Path.of("infra/kubernetes").toAbsolutePath();

  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.ofEntries(
          Map.entry("v1/Namespace", Namespace.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("batch/v1/Job", Job.class),
          Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("rbac.authorization.k8s.io/v1/Role", Role.class),
          Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class));

  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .setAnnotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                  return Boolean.FALSE;
                }
              })
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private Manifests() {}

  /** Every manifest file of infra/kubernetes/ except the KEDA ones (no fabric8 model). */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(KUBERNETES)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().startsWith("keda-"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of every file, read strictly. */
  static List<HasMetadata> all() {
    List<HasMetadata> resources = new ArrayList<>();
    for (Path file : files()) {
      resources.addAll(read(file.getFileName().toString(), Yaml.text(file)));
    }
    return resources;
  }

  /** The documents of {@code text}, read strictly; {@code source} names them in failures. */
  static List<HasMetadata> read(String source, String text) {
    List<HasMetadata> resources = new ArrayList<>();
    for (Map<String, Object> document : Yaml.documents(text)) {
      String type = document.get("apiVersion") + "/" + document.get("kind");
      Class<? extends HasMetadata> kind = KINDS.get(type);
      if (kind == null) {
        fail(source + ": no model for " + type);
      }
      try {
        resources.add(STRICT.convertValue(document, kind));
      } catch (IllegalArgumentException e) {
        fail(source + " (" + type + "): " + e.getMessage());
      }
    }
    return resources;
  }

  /** {@code tree} (part of a manifest) as {@code type}, read as strictly as whole resources. */
  static <T> T strict(String source, Object tree, Class<T> type) {
    try {
      return STRICT.convertValue(tree, type);
    } catch (IllegalArgumentException e) {
      return fail(source + " (" + type.getSimpleName() + "): " + e.getMessage());
    }
  }

  static <T extends HasMetadata> List<T> ofKind(List<HasMetadata> all, Class<T> kind) {
    return all.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
