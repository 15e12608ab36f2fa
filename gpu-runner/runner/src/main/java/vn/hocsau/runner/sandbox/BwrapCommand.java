package vn.hocsau.runner.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Builds the host command line that starts one job. It is a chain of small programs, each {@code
 * exec}ing the next, so every piece ends up in the job's cgroup and none stays behind:
 *
 * <ol>
 *   <li>{@code sh} writes its own pid into the job's {@code cgroup.procs} files, then execs;
 *   <li>{@code prlimit} sets CPU-time, file-size, open-file and core rlimits (never an
 *       address-space limit: a JVM reserves far more than it uses);
 *   <li>{@code setpriv} becomes the slot's unprivileged UID for real, with no groups, capabilities
 *       or new privileges, so the job owns nothing on the host;
 *   <li>{@code bwrap}, now unprivileged, builds new namespaces (no network, own pids) with a
 *       read-only view of the system and the job's folders, and starts the program.
 * </ol>
 */
final class BwrapCommand {

  /**
   * Joins the cgroup, then execs the rest with the seccomp program open as fd 3 (bwrap reads it
   * from there; the open fd survives the UID switch).
   */
  static final String JOIN_SCRIPT =
      "f=$1; shift; n=$1; shift; while [ \"$n\" -gt 0 ]; do echo $$ > \"$1\" || exit 125;"
          + " shift; n=$((n-1)); done; exec \"$@\" 3<\"$f\"";

  private BwrapCommand() {}

  static List<String> build(
      SandboxHost host,
      SandboxRequest request,
      List<Path> procsFiles,
      Path tmpDir,
      Path outDir,
      Path seccompFilter) {
    SandboxLimits limits = request.limits();
    int uid = host.uidOf(request.slot());
    List<String> command =
        new ArrayList<>(
            List.of(
                "/bin/sh",
                "-c",
                JOIN_SCRIPT,
                "hocsau-join",
                seccompFilter == null ? "/dev/null" : seccompFilter.toString()));
    command.add(Integer.toString(procsFiles.size()));
    procsFiles.forEach(file -> command.add(file.toString()));
    long fileSize = Math.max(limits.tmpBytes(), limits.outBytes());
    command.addAll(
        List.of(
            "prlimit",
            "--cpu=" + limits.cpuSeconds() + ":" + (limits.cpuSeconds() + 1),
            "--fsize=" + fileSize + ":" + fileSize,
            "--nofile=" + limits.openFiles() + ":" + limits.openFiles(),
            "--core=0:0",
            "setpriv",
            "--reuid=" + uid,
            "--regid=" + uid,
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
            "bwrap"));
    if (seccompFilter != null) {
      command.addAll(List.of("--seccomp", "3"));
    }
    command.addAll(bwrapOptions(host, request, tmpDir, outDir));
    command.add("--");
    command.addAll(request.command());
    return command;
  }

  private static List<String> bwrapOptions(
      SandboxHost host, SandboxRequest request, Path tmpDir, Path outDir) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",
            "--die-with-parent",
            "--new-session",
            "--clearenv",
            "--hostname",
            "sandbox"));
    new TreeMap<>(request.environment()).forEach((k, v) -> args.addAll(List.of("--setenv", k, v)));
    SystemView.addTo(args);
    for (String etc : host.etcFiles()) {
      if (Files.exists(Path.of(etc))) {
        args.addAll(List.of("--ro-bind", etc, etc));
      }
    }
    if (!SystemView.covers(host.javaHome())) {
      args.addAll(List.of("--ro-bind", host.javaHome().toString(), host.javaHome().toString()));
    }
    new TreeMap<>(request.readOnlyBinds())
        .forEach(
            (inside, hostPath) -> args.addAll(List.of("--ro-bind", hostPath.toString(), inside)));
    args.addAll(List.of("--ro-bind", request.jobDir().toString(), "/job"));
    new TreeMap<>(request.dataFiles())
        .forEach(
            (role, blob) -> args.addAll(List.of("--ro-bind", blob.toString(), "/data/" + role)));
    args.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
    if (request.gpu()) {
      for (String node : host.gpuNodes(request.slot())) {
        Path device = host.devDir().resolve(node);
        if (Files.exists(device)) {
          args.addAll(List.of("--dev-bind", device.toString(), "/dev/" + node));
        }
      }
    }
    args.addAll(List.of("--bind", tmpDir.toString(), "/tmp", "--bind", outDir.toString(), "/out"));
    // The root bwrap builds is a writable tmpfs; only /tmp and /out may be written.
    args.addAll(List.of("--remount-ro", "/", "--chdir", "/tmp"));
    return args;
  }
}
