package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * cgroup v2: one unified group per job below the runner's own group. A process may not sit in a
 * group that also has children with controllers enabled ("no internal processes"), so the runner
 * must live in a leaf of its own; job groups go under a sibling {@code hocsau-runner} group.
 */
final class CgroupV2 implements Cgroups {

  private static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu");

  private final Path base;
  private final Path parent;

  private CgroupV2(Path base) {
    this.base = base;
    this.parent = base.resolve(RUNNER_GROUP);
  }

  static CgroupV2 at(Path root, List<String> selfCgroup) {
    String own = Cgroups.ownPath(selfCgroup, "");
    Path ownGroup = root.resolve(own.substring(1));
    // Job groups sit beside the runner's group, not inside it, because of the no-internal-process
    // rule; the parent must delegate memory, pids and cpu to its children.
    Path base = own.equals("/") ? ownGroup : ownGroup.getParent();
    return new CgroupV2(base);
  }

  @Override
  public JobCgroup create(String name, CgroupLimits limits) throws IOException {
    delegateControllers();
    Path group = parent.resolve(name);
    Files.createDirectories(group);
    CgroupFiles.write(group.resolve("memory.max"), Long.toString(limits.memoryBytes()));
    // memory.swap.max exists only with swap accounting; without it there is no swap to limit.
    Path swap = group.resolve("memory.swap.max");
    if (Files.exists(swap)) {
      CgroupFiles.write(swap, "0");
    }
    CgroupFiles.write(group.resolve("pids.max"), Integer.toString(limits.pids()));
    CgroupFiles.write(group.resolve("cpu.max"), (100000L * limits.cpus()) + " 100000");
    // Weighs as much as one busy process per CPU it may use, not one in all (see CgroupV1#weigh).
    Path weight = group.resolve("cpu.weight");
    if (Files.exists(weight)) {
      CgroupFiles.write(weight, Long.toString(Math.min(10_000L, 100L * limits.cpus())));
    }
    return new Group(group);
  }

  /**
   * Makes memory, pids and cpu available to job groups. Hosts often delegate only some controllers
   * to the runner's parent (a container runtime may give just {@code memory}), so missing ones are
   * enabled one level up first; a group holding processes itself cannot do that, which the message
   * explains.
   */
  private synchronized void delegateControllers() throws IOException {
    Files.createDirectories(parent);
    List<String> missing = missing(parent.resolve("cgroup.controllers"));
    for (String controller : missing) {
      try {
        CgroupFiles.write(base.resolve("cgroup.subtree_control"), "+" + controller);
      } catch (IOException e) {
        // Checked again below, with an explanation.
      }
    }
    missing = missing(parent.resolve("cgroup.controllers"));
    if (!missing.isEmpty()) {
      throw new SandboxUnavailableException(
          "cgroup v2 controllers "
              + missing
              + " are not available below "
              + base
              + ": as root run  echo '+memory +pids +cpu' > "
              + base.resolve("cgroup.subtree_control")
              + "  (that group must hold no processes itself; run the runner in a leaf group)");
    }
    if (!missing(parent.resolve("cgroup.subtree_control")).isEmpty()) {
      CgroupFiles.write(parent.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
    }
  }

  private static List<String> missing(Path controllersFile) throws IOException {
    String present = Files.exists(controllersFile) ? Files.readString(controllersFile) : "";
    List<String> words = List.of(present.strip().split("\\s+"));
    return CONTROLLERS.stream().filter(c -> !words.contains(c)).toList();
  }

  @Override
  public int removeLeftovers(Predicate<String> owned) throws IOException {
    Set<String> names = Cgroups.leftoverNames(parent, owned);
    for (String name : names) {
      new Group(parent.resolve(name)).close();
    }
    return names.size();
  }

  @Override
  public String describe() {
    return "cgroup v2 (job groups under " + parent + ")";
  }

  private record Group(Path group) implements JobCgroup {

    @Override
    public List<Path> procsFiles() {
      return List.of(group.resolve("cgroup.procs"));
    }

    @Override
    public List<Long> pids() throws IOException {
      return CgroupFiles.pids(group.resolve("cgroup.procs"));
    }

    @Override
    public long oomKills() throws IOException {
      return CgroupFiles.keyedValue(group.resolve("memory.events"), "oom_kill");
    }

    @Override
    public long memoryLimitHits() throws IOException {
      return CgroupFiles.keyedValue(group.resolve("memory.events"), "max");
    }

    @Override
    public double cpuSeconds() throws IOException {
      return CgroupFiles.keyedValue(group.resolve("cpu.stat"), "usage_usec") / 1e6;
    }

    @Override
    public void killAll(Duration deadline) throws IOException {
      // cgroup.kill (Linux 5.14+) kills the whole group atomically, so a fork bomb cannot race it.
      Path kill = group.resolve("cgroup.kill");
      if (Files.exists(kill)) {
        CgroupFiles.write(kill, "1");
      }
      CgroupFiles.killUntilEmpty(procsFiles(), deadline);
    }

    @Override
    public void close() throws IOException {
      killAll(Duration.ofSeconds(10));
      CgroupFiles.remove(group);
    }
  }
}
