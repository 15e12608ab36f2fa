package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * cgroup v1: one group per controller hierarchy (memory, pids, cpu, cpuacct), each nested under the
 * runner's own group in that hierarchy. Controllers mounted together (such as {@code cpu,cpuacct})
 * share one directory.
 */
final class CgroupV1 implements Cgroups {

  private static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu", "cpuacct");

  private final Map<String, Path> parents;

  private CgroupV1(Map<String, Path> parents) {
    this.parents = parents;
  }

  static CgroupV1 at(Path root, List<String> selfCgroup) {
    Map<String, Path> parents = new LinkedHashMap<>();
    for (String controller : CONTROLLERS) {
      Path mount = root.resolve(controller);
      if (!Files.isDirectory(mount)) {
        throw new SandboxUnavailableException(
            "cgroup v1 controller '" + controller + "' is not mounted at " + mount);
      }
      String own = Cgroups.ownPath(selfCgroup, controller);
      parents.put(controller, mount.resolve(own.substring(1)).resolve(RUNNER_GROUP));
    }
    return new CgroupV1(parents);
  }

  @Override
  public JobCgroup create(String name, CgroupLimits limits) throws IOException {
    Map<String, Path> groups = new LinkedHashMap<>();
    for (Map.Entry<String, Path> entry : parents.entrySet()) {
      Path group = entry.getValue().resolve(name);
      Files.createDirectories(group);
      groups.put(entry.getKey(), group);
    }
    Path memory = groups.get("memory");
    String bytes = Long.toString(limits.memoryBytes());
    CgroupFiles.write(memory.resolve("memory.limit_in_bytes"), bytes);
    // memsw is RAM+swap; setting it equal to the RAM limit means no swap at all. It exists only
    // when the kernel accounts swap (swapaccount=1).
    Path memsw = memory.resolve("memory.memsw.limit_in_bytes");
    if (Files.exists(memsw)) {
      CgroupFiles.write(memsw, bytes);
    }
    CgroupFiles.write(groups.get("pids").resolve("pids.max"), Integer.toString(limits.pids()));
    Path cpu = groups.get("cpu");
    CgroupFiles.write(cpu.resolve("cpu.cfs_period_us"), "100000");
    CgroupFiles.write(cpu.resolve("cpu.cfs_quota_us"), Long.toString(100000L * limits.cpus()));
    weigh(cpu, limits.cpus());
    return new Group(groups);
  }

  /**
   * CPU weight under contention. A group competes as one entity with every process beside it, with
   * the weight of a single process (1024) by default: on a shared, busy host a job group then got a
   * fraction of one CPU, whatever its quota, and a sandboxed job started twice as slowly as the
   * same job unsandboxed ({@code bench/runner}). The runner's group weighs as much as one busy
   * process per host CPU, and each job as much as one per CPU it may use. The quota still caps it.
   */
  private void weigh(Path jobCpu, int cpus) throws IOException {
    Path parentShares = jobCpu.getParent().resolve("cpu.shares");
    if (Files.exists(parentShares)) {
      int hostCpus = Runtime.getRuntime().availableProcessors();
      CgroupFiles.write(parentShares, Long.toString(1024L * Math.max(1, hostCpus)));
    }
    Path shares = jobCpu.resolve("cpu.shares");
    if (Files.exists(shares)) {
      CgroupFiles.write(shares, Long.toString(1024L * cpus));
    }
  }

  @Override
  public int removeLeftovers(Predicate<String> owned) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path parent : parents.values()) {
      names.addAll(Cgroups.leftoverNames(parent, owned));
    }
    for (String name : names) {
      Map<String, Path> groups = new LinkedHashMap<>();
      parents.forEach(
          (controller, parent) -> {
            if (Files.isDirectory(parent.resolve(name))) {
              groups.put(controller, parent.resolve(name));
            }
          });
      new Group(groups).close();
    }
    return names.size();
  }

  @Override
  public String describe() {
    return "cgroup v1 (memory group under " + parents.get("memory") + ")";
  }

  private record Group(Map<String, Path> groups) implements JobCgroup {

    @Override
    public List<Path> procsFiles() {
      List<Path> files = new ArrayList<>();
      List<Path> seen = new ArrayList<>();
      for (Path group : groups.values()) {
        Path real = realPath(group);
        if (!seen.contains(real)) {
          seen.add(real);
          files.add(group.resolve("cgroup.procs"));
        }
      }
      return files;
    }

    @Override
    public List<Long> pids() throws IOException {
      return CgroupFiles.pids(groups.get("pids").resolve("cgroup.procs"));
    }

    @Override
    public long oomKills() throws IOException {
      return CgroupFiles.keyedValue(groups.get("memory").resolve("memory.oom_control"), "oom_kill");
    }

    @Override
    public long memoryLimitHits() throws IOException {
      // failcnt stayed 0 on this dev machine's kernel (6.18) while the group sat at its limit, so
      // a peak within 1 MiB of the limit counts as one hit too.
      Path memory = groups.get("memory");
      long hits = number(memory.resolve("memory.failcnt"));
      long peak = number(memory.resolve("memory.max_usage_in_bytes"));
      long limit = number(memory.resolve("memory.limit_in_bytes"));
      return Math.max(hits, peak >= limit - (1L << 20) ? 1 : 0);
    }

    private static long number(Path file) throws IOException {
      return Long.parseLong(Files.readString(file).strip());
    }

    @Override
    public double cpuSeconds() throws IOException {
      Path usage = groups.get("cpuacct").resolve("cpuacct.usage");
      return Files.exists(usage) ? Long.parseLong(Files.readString(usage).strip()) / 1e9 : 0;
    }

    @Override
    public void killAll(Duration deadline) throws IOException {
      CgroupFiles.killUntilEmpty(procsFiles(), deadline);
    }

    @Override
    public void close() throws IOException {
      killAll(Duration.ofSeconds(10));
      for (Path group : groups.values()) {
        CgroupFiles.remove(group);
      }
    }

    private static Path realPath(Path group) {
      try {
        return group.toRealPath();
      } catch (IOException e) {
        return group;
      }
    }
  }
}
