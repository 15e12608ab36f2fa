package vn.hocsau.runner.container;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocsau.runner.sandbox.SandboxLimits;

/**
 * One job to start as a container or a Kubernetes Job: the same facts the bwrap sandbox gets, so
 * every mode enforces the same limits.
 *
 * @param name a DNS-1123 label naming the job, e.g. {@code hocsau-job-17-1}
 * @param image the trainer image
 * @param uid the unprivileged UID and GID the trainer runs as
 * @param jobDir the job folder on the host, mounted read-only at {@code /job}
 * @param dataFiles cached blobs by role, mounted read-only at {@code /data/<role>}
 * @param outDir the host folder for {@code /out} (a size-capped tmpfs the runner mounted)
 * @param command the trainer command inside the container
 * @param environment the trainer's whole environment
 * @param limits what the job may use
 * @param gpus GPUs for the job (0 for a CPU job)
 */
public record ContainerJob(
    String name,
    String image,
    int uid,
    Path jobDir,
    Map<String, Path> dataFiles,
    Path outDir,
    List<String> command,
    Map<String, String> environment,
    SandboxLimits limits,
    int gpus) {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}");

  /** Validates what ends up in a command line or YAML, so no value can inject options. */
  public ContainerJob {
    if (!DNS_LABEL.matcher(name).matches()) {
      throw new IllegalArgumentException("not a DNS-1123 label: " + name);
    }
    if (!IMAGE.matcher(image).matches()) {
      throw new IllegalArgumentException("not an image reference: " + image);
    }
    if (uid <= 0) {
      throw new IllegalArgumentException("the trainer must not run as root");
    }
    dataFiles = Map.copyOf(dataFiles);
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
