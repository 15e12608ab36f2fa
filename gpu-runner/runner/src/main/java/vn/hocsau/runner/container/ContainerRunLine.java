package vn.hocsau.runner.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code docker run} / {@code podman run} line for one job: non-root, read-only root file
 * system, no capabilities, no new privileges, a seccomp profile (the engine's default, or the
 * runner's own {@link SeccompProfile}; never {@code unconfined}), no network, and the same memory,
 * CPU, pids, rlimit and scratch-size limits as the bwrap sandbox.
 */
public final class ContainerRunLine {

  /** The container engine. */
  public enum Engine {
    DOCKER,
    PODMAN;

    /** The engine's command. */
    public String command() {
      return this == DOCKER ? "docker" : "podman";
    }
  }

  private ContainerRunLine() {}

  /**
   * The full argument list, starting with {@code docker} or {@code podman}, for a container the
   * engine removes when it exits and limits itself.
   */
  public static List<String> build(Engine engine, ContainerJob job) {
    List<String> args = new ArrayList<>(List.of(engine.command(), "run", "--rm"));
    args.addAll(restrictions(job, null));
    args.addAll(entrypoint(engine, job));
    return args;
  }

  /**
   * The line {@code ContainerSandbox} runs: the container stays after it exits, so the runner can
   * read its exit status before removing it; the engine pulls nothing, keeps no log of its output
   * (the runner reads it as it comes, and a flood must not fill the engine's disk) and passes no
   * proxy settings; with a cgroup parent, the runner's job cgroup sets the limits.
   */
  public static List<String> forSandbox(ContainerJob job, EngineOptions options) {
    Engine engine = options.engine();
    List<String> args = new ArrayList<>(List.of(engine.command()));
    if (engine == Engine.PODMAN) {
      if (options.runtime() != null) {
        args.addAll(List.of("--runtime", options.runtime()));
      }
      if (options.cgroupParent() != null) {
        // A cgroup path, not a systemd slice, names the parent.
        args.add("--cgroup-manager=cgroupfs");
      }
    }
    args.add("run");
    if (engine == Engine.DOCKER && options.runtime() != null) {
      args.addAll(List.of("--runtime", options.runtime()));
    }
    args.addAll(List.of("--pull=never", "--log-driver=none", "--hostname", "sandbox"));
    if (engine == Engine.PODMAN) {
      // Podman would otherwise pass the launcher's proxy variables in and mount writable tmpfs
      // file systems on /run and /var/tmp beside the read-only root.
      args.addAll(List.of("--http-proxy=false", "--read-only-tmpfs=false"));
    }
    if (options.seccompProfile() != null) {
      args.addAll(List.of("--security-opt", "seccomp=" + options.seccompProfile()));
    }
    if (options.cgroupParent() != null) {
      args.addAll(List.of("--cgroup-parent", options.cgroupParent()));
      if (engine == Engine.PODMAN) {
        // conmon, the engine's monitor, would otherwise be charged to the job and leave a group.
        args.add("--cgroups=no-conmon");
      }
    }
    args.addAll(restrictions(job, options.cgroupParent()));
    for (String ulimit : options.ulimits()) {
      args.addAll(List.of("--ulimit", ulimit));
    }
    new TreeMap<>(job.readOnlyBinds())
        .forEach((inside, host) -> args.addAll(List.of("--volume", host + ":" + inside + ":ro")));
    args.addAll(entrypoint(engine, job));
    return args;
  }

  /** Everything between {@code run} and the entry point. */
  private static List<String> restrictions(ContainerJob job, String cgroupParent) {
    var limits = job.limits();
    List<String> args = new ArrayList<>(List.of("--name", job.name()));
    args.addAll(List.of("--user", job.uid() + ":" + job.uid()));
    args.addAll(List.of("--read-only", "--cap-drop=ALL"));
    args.addAll(List.of("--security-opt", "no-new-privileges"));
    args.addAll(List.of("--network", "none"));
    if (cgroupParent == null) {
      long memory = limits.cgroupMemoryBytes();
      // Swap equal to memory means no swap at all, as memsw/memory.swap.max=0 in bwrap mode.
      args.addAll(
          List.of("--memory", Long.toString(memory), "--memory-swap", Long.toString(memory)));
      args.addAll(List.of("--cpus", Integer.toString(limits.cpus())));
      args.addAll(List.of("--pids-limit", Integer.toString(limits.pids())));
    }
    // The file-size rlimit refuses a sparse terabyte file before it reaches a scratch mount.
    long fileSize = Math.max(limits.tmpBytes(), limits.outBytes());
    args.addAll(
        List.of(
            "--ulimit",
            "cpu=" + limits.cpuSeconds() + ":" + (limits.cpuSeconds() + 1),
            "--ulimit",
            "nofile=" + limits.openFiles() + ":" + limits.openFiles(),
            "--ulimit",
            "fsize=" + fileSize + ":" + fileSize,
            "--ulimit",
            "core=0:0"));
    if (job.tmpDir() == null) {
      args.addAll(
          List.of("--tmpfs", "/tmp:rw,nosuid,nodev,size=" + limits.tmpBytes() + ",mode=1777"));
    } else {
      args.addAll(List.of("--volume", job.tmpDir() + ":/tmp:rw"));
    }
    args.addAll(List.of("--workdir", "/tmp"));
    args.addAll(List.of("--volume", job.jobDir() + ":/job:ro"));
    new TreeMap<>(job.dataFiles())
        .forEach((role, file) -> args.addAll(List.of("--volume", file + ":/data/" + role + ":ro")));
    args.addAll(List.of("--volume", job.outDir() + ":/out:rw"));
    return args;
  }

  private static List<String> entrypoint(Engine engine, ContainerJob job) {
    List<String> args = new ArrayList<>();
    if (job.gpus() > 0) {
      if (engine == Engine.DOCKER) {
        args.addAll(List.of("--gpus", "count=" + job.gpus()));
      } else {
        args.addAll(List.of("--device", "nvidia.com/gpu=all"));
      }
    }
    for (Map.Entry<String, String> env : new TreeMap<>(job.environment()).entrySet()) {
      args.addAll(List.of("--env", env.getKey() + "=" + env.getValue()));
    }
    // The image's entrypoint is replaced so the runner decides every JVM flag.
    args.addAll(List.of("--entrypoint", job.command().get(0), job.image()));
    args.addAll(job.command().subList(1, job.command().size()));
    return args;
  }
}
