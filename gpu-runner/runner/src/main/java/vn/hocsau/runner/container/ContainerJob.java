package vn.hocsau.runner.container;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocsau.runner.sandbox.SandboxLimits;

/**
 * One job to start as a container: the same facts the bwrap sandbox gets, so every mode enforces
 * the same limits.
 *
 * @param name a DNS-1123 label naming the job, e.g. {@code hocsau-job-17-1}
 * @param image the trainer image
 * @param uid the unprivileged UID and GID the trainer runs as
 * @param jobDir the job folder on the host, mounted read-only at {@code /job}
 * @param dataFiles cached blobs by role, mounted read-only at {@code /data/<role>}
 * @param outDir the host folder for {@code /out} (a size-capped tmpfs the runner mounted)
 * @param tmpDir the host folder for {@code /tmp} (a size-capped tmpfs the runner mounted), or
 *     {@code null} for a tmpfs the engine makes
 * @param readOnlyBinds further host paths mounted read-only, by their path inside the container
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
    Path tmpDir,
    Map<String, Path> readOnlyBinds,
    List<String> command,
    Map<String, String> environment,
    SandboxLimits limits,
    int gpus) {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}");
  // A mount option list is split at ',' and a volume spec at ':'; paths holding them are refused.
  private static final Pattern MOUNT_PATH = Pattern.compile("/[^,:\\s]*");

  /** A job with {@code /tmp} made by the engine and no further binds (Docker). */
  public ContainerJob(
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
    this(
        name,
        image,
        uid,
        jobDir,
        dataFiles,
        outDir,
        null,
        Map.of(),
        command,
        environment,
        limits,
        gpus);
  }

  /** Validates what ends up in a command line or YAML, so no value can inject options. */
  public ContainerJob {
    if (!DNS_LABEL.matcher(name).matches()) {
      throw new IllegalArgumentException("not a DNS-1123 label: " + name);
    }
    checkImage(image);
    if (uid <= 0) {
      throw new IllegalArgumentException("the trainer must not run as root");
    }
    dataFiles = Map.copyOf(dataFiles);
    readOnlyBinds = Map.copyOf(readOnlyBinds);
    mountPath(jobDir);
    mountPath(outDir);
    if (tmpDir != null) {
      mountPath(tmpDir);
    }
    dataFiles.values().forEach(ContainerJob::mountPath);
    readOnlyBinds.forEach(
        (inside, host) -> {
          mountPath(Path.of(inside));
          mountPath(host);
        });
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }

  static void checkImage(String image) {
    if (!IMAGE.matcher(image).matches()) {
      throw new IllegalArgumentException("not an image reference: " + image);
    }
  }

  private static void mountPath(Path path) {
    if (!MOUNT_PATH.matcher(path.toString()).matches()) {
      throw new IllegalArgumentException("not an absolute path usable in a mount: " + path);
    }
  }
}
