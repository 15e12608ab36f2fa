package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, once at start-up, everything the bwrap sandbox needs, by trying it: root (for cgroups,
 * tmpfs mounts and the UID switch), the tools, a cgroup, a tmpfs, and bubblewrap starting as a slot
 * UID. Each failure names the fix, so an operator is never left with "permission denied".
 */
final class SandboxPreflight {

  private static final List<String> TOOLS = List.of("bwrap", "setpriv", "prlimit", "mount", "sh");

  private SandboxPreflight() {}

  static Cgroups check(SandboxHost host) {
    if (!isRoot()) {
      throw new SandboxUnavailableException(
          "the bwrap sandbox needs root (or CAP_SYS_ADMIN, CAP_SETUID, CAP_SETGID, CAP_KILL) to"
              + " create cgroups, mount size-capped tmpfs and switch to per-slot UIDs: run the"
              + " runner as root, e.g. as a systemd service or a privileged runner container");
    }
    List<String> missing = new ArrayList<>();
    for (String tool : TOOLS) {
      if (findOnPath(tool) == null) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      throw new SandboxUnavailableException(
          "missing tools "
              + missing
              + ": install bubblewrap and util-linux (apt-get install bubblewrap util-linux)");
    }
    prepareWorkDir(host.workDir());
    Cgroups cgroups = Cgroups.detect();
    tryCgroup(cgroups);
    tryMountAndBwrap(host);
    return cgroups;
  }

  private static boolean isRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.split("\\s+")[2].equals("0");
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  static Path findOnPath(String tool) {
    for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void prepareWorkDir(Path workDir) {
    try {
      Files.createDirectories(workDir.resolve("slots"));
      // Slot UIDs must traverse (not list) the work folder to reach their binds.
      Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwx--x--x"));
      Files.setPosixFilePermissions(
          workDir.resolve("slots"), PosixFilePermissions.fromString("rwx--x--x"));
      for (Path dir = workDir.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
        if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)).endsWith("x")) {
          throw new SandboxUnavailableException(
              "the sandbox's UIDs cannot reach "
                  + workDir
                  + " because "
                  + dir
                  + " is not searchable by others: chmod o+x "
                  + dir
                  + " or choose another HOCSAU_WORK_DIR");
        }
      }
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "cannot prepare the work folder " + workDir + ": " + e.getMessage(), e);
    }
  }

  private static void tryCgroup(Cgroups cgroups) {
    try (JobCgroup probe =
        cgroups.create(
            "preflight-" + ProcessHandle.current().pid(), new CgroupLimits(64 << 20, 8, 1))) {
      probe.pids();
    } catch (IOException | RuntimeException e) {
      throw new SandboxUnavailableException(
          "cannot create a job cgroup with "
              + cgroups.describe()
              + " ("
              + e.getMessage()
              + "): the runner needs write access to its cgroup subtree (run as root; in a"
              + " container use --cgroupns=private and a writable /sys/fs/cgroup)",
          e);
    }
  }

  private static void tryMountAndBwrap(SandboxHost host) {
    // One probe folder per instance: runners sharing the work folder may start at the same time.
    Path probeDir = host.workDir().resolve("slots").resolve("preflight-" + host.instance());
    int uid = host.uidOf(0);
    try (ScratchMount probe = ScratchMount.mount(probeDir, 1 << 20, 64, uid, false)) {
      probe.isFull();
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "cannot mount a size-capped tmpfs for /out ("
              + e.getMessage()
              + "): run the runner as root or give it CAP_SYS_ADMIN",
          e);
    }
    List<String> command =
        List.of(
            "setpriv",
            "--reuid=" + uid,
            "--regid=" + uid,
            "--clear-groups",
            "--no-new-privs",
            "--",
            "bwrap",
            "--unshare-all",
            "--unshare-user",
            "--disable-userns",
            "--ro-bind",
            "/usr",
            "/usr",
            "--symlink",
            "usr/bin",
            "/bin",
            "--symlink",
            "usr/lib",
            "/lib",
            "--symlink",
            "usr/lib64",
            "/lib64",
            "--",
            "/usr/bin/true");
    try {
      Commands.run(command);
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "bubblewrap cannot create its namespaces as UID "
              + uid
              + " ("
              + e.getMessage()
              + "): allow unprivileged user namespaces (sysctl"
              + " kernel.unprivileged_userns_clone=1, user.max_user_namespaces>0, and on Ubuntu"
              + " 24.04+ kernel.apparmor_restrict_unprivileged_userns=0 or an AppArmor profile for"
              + " bwrap); bubblewrap 0.8 or newer is needed for --disable-userns",
          e);
    }
  }
}
