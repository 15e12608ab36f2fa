package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds which cgroup version this machine uses and where this process sits in it, and creates job
 * groups below that place. Job groups are nested under the runner's own group because container
 * runtimes often delegate only that subtree.
 */
public interface Cgroups {

  /** The group holding the job groups, in each hierarchy: beside or below the runner's own. */
  String RUNNER_GROUP = "hocsau-runner";

  /** Creates (or reuses, after a crash) the group for one job, with its limits applied. */
  JobCgroup create(String name, CgroupLimits limits) throws IOException;

  /**
   * Kills and removes the job groups whose names {@code owned} accepts: what a killed runner left
   * on its slots. Returns how many.
   */
  int removeLeftovers(Predicate<String> owned) throws IOException;

  /** A short description for logs, such as {@code cgroup v1 (memory at /sys/fs/...)}. */
  String describe();

  /**
   * Detects the cgroup layout from {@code /proc/self/mountinfo} and {@code /proc/self/cgroup}.
   *
   * @throws SandboxUnavailableException saying what is missing and how to fix it
   */
  static Cgroups detect() {
    return detect(Path.of("/sys/fs/cgroup"), Path.of("/proc/self/cgroup"));
  }

  /**
   * Job groups at the same path, {@code /hocsau-runner/<name>}, in every hierarchy, wherever this
   * process sits: a container engine's {@code --cgroup-parent} names one path for all controllers,
   * while on a hybrid v1 host the runner's own groups differ between controllers.
   */
  static Cgroups atHierarchyRoot() {
    return detect(
        Path.of("/sys/fs/cgroup"),
        List.of("0:memory:/", "0:pids:/", "0:cpu:/", "0:cpuacct:/", "0::/"));
  }

  /** Detects the layout under a given root; tests point it at a fake tree. */
  static Cgroups detect(Path root, Path selfCgroup) {
    try {
      return detect(root, Files.readAllLines(selfCgroup));
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "cannot read the cgroup layout (" + e.getMessage() + ")", e);
    }
  }

  private static Cgroups detect(Path root, List<String> lines) {
    if (Files.isRegularFile(root.resolve("memory/memory.limit_in_bytes"))) {
      return CgroupV1.at(root, lines);
    }
    if (Files.isRegularFile(root.resolve("cgroup.controllers"))) {
      return CgroupV2.at(root, lines);
    }
    throw new SandboxUnavailableException(
        "no usable cgroup hierarchy at "
            + root
            + ": mount cgroup v2 there, or cgroup v1 with the memory, pids, cpu and cpuacct"
            + " controllers (in a container: run it with --cgroupns=private and a writable"
            + " /sys/fs/cgroup)");
  }

  /** The names of the groups in {@code parent} that {@code owned} accepts. */
  static Set<String> leftoverNames(Path parent, Predicate<String> owned) throws IOException {
    Set<String> names = new TreeSet<>();
    if (!Files.isDirectory(parent)) {
      return names;
    }
    try (Stream<Path> children = Files.list(parent)) {
      for (Path child : children.filter(Files::isDirectory).toList()) {
        if (owned.test(child.getFileName().toString())) {
          names.add(child.getFileName().toString());
        }
      }
    }
    return names;
  }

  /** The path of this process's group for a v1 controller, or the v2 path for {@code ""}. */
  static String ownPath(List<String> selfCgroup, String controller) {
    for (String line : selfCgroup) {
      String[] parts = line.split(":", 3);
      if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
        return parts[2];
      }
    }
    throw new SandboxUnavailableException(
        "this process is in no '" + controller + "' cgroup according to /proc/self/cgroup");
  }
}
