package vn.hocsau.runner.container;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a Kubernetes Job for one training job from the template in {@code
 * infra/kubernetes/trainer/trainer-job.yaml}. The template holds every restriction (non-root,
 * read-only root, no capabilities, RuntimeDefault seccomp, no service-account token, limits); the
 * runner only fills in validated values, and refuses a template that has a placeholder it does not
 * know.
 */
public final class KubernetesJobSpec {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

  private KubernetesJobSpec() {}

  /** The values for a job's placeholders. */
  public static Map<String, String> values(ContainerJob job, String namespace) {
    var limits = job.limits();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("JOB_NAME", job.name());
    values.put("NAMESPACE", namespace);
    values.put("IMAGE", job.image());
    values.put("UID", Integer.toString(job.uid()));
    values.put("CPUS", Integer.toString(limits.cpus()));
    values.put(
        "MEMORY", Long.toString(limits.memoryBytes() + limits.tmpBytes() + limits.outBytes()));
    values.put("EPHEMERAL", Long.toString(limits.tmpBytes() + limits.outBytes()));
    values.put("TMP_SIZE", Long.toString(limits.tmpBytes()));
    values.put("OUT_SIZE", Long.toString(limits.outBytes()));
    values.put("GPUS", Integer.toString(job.gpus()));
    values.put("DEADLINE_SECONDS", Long.toString(limits.wallTime().toSeconds()));
    values.put(
        "COMMAND",
        job.command().stream()
            .map(KubernetesJobSpec::quote)
            .collect(Collectors.joining(", ", "[", "]")));
    values.put(
        "ENV",
        job.environment().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "{name: " + quote(e.getKey()) + ", value: " + quote(e.getValue()) + "}")
            .collect(Collectors.joining(", ", "[", "]")));
    return values;
  }

  /**
   * Fills in the template.
   *
   * @throws IllegalArgumentException for a placeholder without a value
   */
  public static String render(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("unknown placeholder ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** A YAML double-quoted string (JSON escaping is valid YAML). */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
