package vn.hocsau.runner.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.hocsau.runner.sandbox.Cgroups;

/**
 * The folders an OCI runtime makes for a container's cgroup parent in the cgroup v1 hierarchies the
 * runner does not use (devices, freezer, blkio, cpuset, …): the runtime removes the container's own
 * group at the end, but not the parent path it created there. They hold no process and limit
 * nothing; they are removed so that none pile up.
 */
final class ContainerCgroups {

  private static final Path ROOT = Path.of("/sys/fs/cgroup");

  private ContainerCgroups() {}

  /** Removes the (empty) folders of the job group {@code group} in every hierarchy. */
  static void removeEngineGroups(String group) throws IOException {
    for (Path hierarchy : hierarchies()) {
      Path dir = hierarchy.resolve(Cgroups.RUNNER_GROUP).resolve(group);
      if (Files.isDirectory(dir)) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // Still holds the container's group: the engine removes it, a restart removes this.
        }
      }
    }
  }

  /**
   * Removes the (empty) groups the engine left inside the job group {@code group}, so that the job
   * group itself can be removed.
   */
  static void removeChildren(String group) throws IOException {
    for (Path hierarchy : hierarchiesOrV2Root()) {
      Path dir = hierarchy.resolve(Cgroups.RUNNER_GROUP).resolve(group);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.filter(Files::isDirectory).toList()) {
          try {
            Files.deleteIfExists(child);
          } catch (IOException e) {
            // Still in use: removing the job group then fails and says so.
          }
        }
      }
    }
  }

  /** The job groups of any hierarchy whose names {@code owned} accepts. */
  static Set<String> leftovers(Predicate<String> owned) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path hierarchy : hierarchies()) {
      names.addAll(Cgroups.leftoverNames(hierarchy.resolve(Cgroups.RUNNER_GROUP), owned));
    }
    return names;
  }

  private static List<Path> hierarchiesOrV2Root() throws IOException {
    return Files.isRegularFile(ROOT.resolve("cgroup.controllers")) ? List.of(ROOT) : hierarchies();
  }

  /** The mounted v1 hierarchies; empty on a pure v2 host, whose one tree the runner manages. */
  private static List<Path> hierarchies() throws IOException {
    if (!Files.isDirectory(ROOT) || Files.isRegularFile(ROOT.resolve("cgroup.controllers"))) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).filter(d -> !Files.isSymbolicLink(d)).toList();
    }
  }
}
