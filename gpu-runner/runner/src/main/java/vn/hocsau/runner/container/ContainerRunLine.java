package vn.hocsau.runner.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code docker run} / {@code podman run} line for one job: non-root, read-only root file
 * system, no capabilities, no new privileges, the engine's default seccomp profile (never {@code
 * unconfined}), no network, and the same memory, CPU, pids, rlimit and scratch-size limits as the
 * bwrap sandbox.
 */
public final class ContainerRunLine {

  /** The container engine. */
  public enum Engine {
    DOCKER,
    PODMAN
  }

  private ContainerRunLine() {}

  /** The full argument list, starting with {@code docker} or {@code podman}. */
  public static List<String> build(Engine engine, ContainerJob job) {
    var limits = job.limits();
    long memory = limits.memoryBytes() + limits.tmpBytes() + limits.outBytes();
    List<String> args = new ArrayList<>();
    args.add(engine == Engine.DOCKER ? "docker" : "podman");
    args.addAll(List.of("run", "--rm", "--name", job.name()));
    args.addAll(List.of("--user", job.uid() + ":" + job.uid()));
    args.addAll(List.of("--read-only", "--cap-drop=ALL"));
    args.addAll(List.of("--security-opt", "no-new-privileges"));
    args.addAll(List.of("--network", "none"));
    // Swap equal to memory means no swap at all, as memsw/memory.swap.max=0 in bwrap mode.
    args.addAll(List.of("--memory", Long.toString(memory), "--memory-swap", Long.toString(memory)));
    args.addAll(List.of("--cpus", Integer.toString(limits.cpus())));
    args.addAll(List.of("--pids-limit", Integer.toString(limits.pids())));
    args.addAll(
        List.of(
            "--ulimit",
            "cpu=" + limits.cpuSeconds() + ":" + (limits.cpuSeconds() + 1),
            "--ulimit",
            "nofile=" + limits.openFiles() + ":" + limits.openFiles(),
            "--ulimit",
            "core=0:0"));
    args.addAll(
        List.of(
            "--tmpfs",
            "/tmp:rw,nosuid,nodev,size=" + limits.tmpBytes() + ",mode=1777",
            "--workdir",
            "/tmp"));
    args.addAll(List.of("--volume", job.jobDir() + ":/job:ro"));
    new TreeMap<>(job.dataFiles())
        .forEach((role, file) -> args.addAll(List.of("--volume", file + ":/data/" + role + ":ro")));
    args.addAll(List.of("--volume", job.outDir() + ":/out:rw"));
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
