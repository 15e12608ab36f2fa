package vn.hocsau.runner.container;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the runner itself calls a container engine on its own machine ({@code HOCSAU_SANDBOX=
 * container}), beyond what every job's run line holds.
 *
 * @param engine podman or docker
 * @param runtime the OCI runtime to ask for ({@code --runtime}), or {@code null} for the engine's
 *     default; Debian's podman on a host with a hybrid cgroup v1 layout needs {@code runc}, because
 *     crun refuses that layout
 * @param ulimits further {@code --ulimit} values such as {@code nproc=1024:1024}: rootful podman
 *     raises nproc (and nofile, which every run line sets) to its maximum unless told, and a host
 *     that does not permit raising them refuses to start the container
 * @param seccompProfile the JSON profile ({@link SeccompProfile}), or {@code null} for the engine's
 *     default
 * @param cgroupParent the runner's job cgroup, by its path from the hierarchy root, which holds the
 *     container's cgroup and sets its memory, pids and CPU limits; {@code null} to let the engine
 *     set them
 */
public record EngineOptions(
    ContainerRunLine.Engine engine,
    String runtime,
    List<String> ulimits,
    Path seccompProfile,
    String cgroupParent) {

  private static final Pattern RUNTIME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,200}");
  private static final Pattern ULIMIT = Pattern.compile("[a-z]+=-?[0-9]+(:-?[0-9]+)?");
  private static final Pattern CGROUP = Pattern.compile("(/[A-Za-z0-9._-]+)+");

  /** Validates what ends up on the command line. */
  public EngineOptions {
    if (runtime != null && !RUNTIME.matcher(runtime).matches()) {
      throw new IllegalArgumentException("not an OCI runtime name: " + runtime);
    }
    ulimits = List.copyOf(ulimits);
    for (String ulimit : ulimits) {
      if (!ULIMIT.matcher(ulimit).matches()) {
        throw new IllegalArgumentException("not a ulimit like nproc=1024:1024: " + ulimit);
      }
    }
    if (cgroupParent != null && !CGROUP.matcher(cgroupParent).matches()) {
      throw new IllegalArgumentException("not a cgroup path: " + cgroupParent);
    }
  }

  /** The same options with the job's cgroup as the container's parent. */
  public EngineOptions withCgroupParent(String path) {
    return new EngineOptions(engine, runtime, ulimits, seccompProfile, path);
  }
}
