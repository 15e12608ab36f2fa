package vn.hocsau.runner.container;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hocsau.runner.sandbox.CgroupLimits;
import vn.hocsau.runner.sandbox.Cgroups;
import vn.hocsau.runner.sandbox.EventsTail;
import vn.hocsau.runner.sandbox.InstanceLock;
import vn.hocsau.runner.sandbox.JobCgroup;
import vn.hocsau.runner.sandbox.OutputFile;
import vn.hocsau.runner.sandbox.OutputReader;
import vn.hocsau.runner.sandbox.ProcessWatch;
import vn.hocsau.runner.sandbox.Sandbox;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxListener;
import vn.hocsau.runner.sandbox.SandboxOutcome;
import vn.hocsau.runner.sandbox.SandboxRequest;
import vn.hocsau.runner.sandbox.SandboxUnavailableException;
import vn.hocsau.runner.sandbox.ScratchMount;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * {@code HOCSAU_SANDBOX=container}: each job runs in a container of the trainer image, started by
 * the runner with a rootful Podman (or Docker) on its own machine ({@link ContainerRunLine}).
 *
 * <p>It keeps what the bwrap sandbox's verdicts rest on: the same slot UID, size-capped tmpfs
 * mounts for {@code /tmp} and {@code /out} that the runner reads after the job, the same seccomp
 * policy ({@link SeccompProfile}), and a runner-made job cgroup as the container's cgroup parent,
 * so memory, pids and CPU are limited, OOM kills counted and CPU time measured by the same code.
 * The container is kept after it exits until the runner has read its state, then removed.
 */
public final class ContainerSandbox implements Sandbox {

  private static final Duration KILL_DEADLINE = Duration.ofSeconds(10);

  private final SandboxHost host;
  private final Cgroups cgroups;
  private final String image;
  private final EngineOptions options;
  private final EngineClient engine;

  private ContainerSandbox(SandboxHost host, Cgroups cgroups, String image, EngineOptions options) {
    this.host = host;
    this.cgroups = cgroups;
    this.image = image;
    this.options = options;
    this.engine = new EngineClient(options);
  }

  /**
   * Checks that this machine can run jobs in containers, removes what a killed predecessor left on
   * this instance (with its lock held), and proves it by running {@code java -version} of the image
   * in a job's container.
   *
   * @throws SandboxUnavailableException saying what is missing and how to fix it
   */
  public static ContainerSandbox create(
      SandboxHost host, ContainerSettings settings, InstanceLock held) {
    if (settings.image() == null) {
      throw new SandboxUnavailableException(
          "HOCSAU_CONTAINER_IMAGE is not set: build the trainer image with"
              + " gpu-runner/scripts/build-trainer-image.sh and pass the name it prints");
    }
    ContainerSandbox sandbox = ContainerPreflight.check(host, settings);
    if (held != null) {
      if (!held.isFor(host.workDir(), host.instance())) {
        throw new IllegalArgumentException("the lock of another instance or work folder");
      }
      sandbox.removeLeftovers();
    }
    ContainerPreflight.tryJob(sandbox, host);
    return sandbox;
  }

  /** The sandbox, once {@link ContainerPreflight} has found the pieces. */
  static ContainerSandbox of(
      SandboxHost host, Cgroups cgroups, String image, EngineOptions options) {
    return new ContainerSandbox(host, cgroups, image, options);
  }

  @Override
  public String describe() {
    return options.engine().command()
        + " container sandbox, image "
        + image
        + (options.runtime() == null ? "" : ", runtime " + options.runtime())
        + ", "
        + cgroups.describe()
        + ", instance "
        + host.instance()
        + " (slot UIDs from "
        + host.uidOf(0)
        + ")"
        + (options.seccompProfile() == null
            ? ", the engine's seccomp profile (not x86-64)"
            : ", seccomp profile " + options.seccompProfile());
  }

  /**
   * The names of this instance's containers start with this: instance and work folder tag, as for
   * cgroups, so runners sharing a machine never remove each other's.
   */
  String namePrefix() {
    return "hocsau-" + host.instance() + "-" + host.workDirTag() + "-";
  }

  /** A DNS-1123 label for the job's container, unique while the job runs on its slot. */
  String containerName(int slot, String job) {
    String clean = job.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    String name = namePrefix() + host.hostSlot(slot) + "-" + clean;
    name = name.length() > 63 ? name.substring(0, 63) : name;
    return name.replaceAll("-+$", "");
  }

  @Override
  public SandboxOutcome run(SandboxRequest request, SandboxListener listener, StopSignal stop)
      throws IOException {
    SandboxLimits limits = request.limits();
    int uid = host.uidOf(request.slot());
    Path slotDir = host.slotDir(request.slot());
    String name = containerName(request.slot(), request.name());
    String group = host.cgroupName(request.slot(), request.name());
    CgroupLimits cgroupLimits =
        new CgroupLimits(limits.cgroupMemoryBytes(), limits.pids(), limits.cpus());
    // A container of the same name is what a crashed run of this job left.
    engine.remove(name);
    try {
      try (JobCgroup cgroup = cgroups.create(group, cgroupLimits);
          ScratchMount tmp =
              ScratchMount.mount(
                  slotDir.resolve("tmp"), limits.tmpBytes(), limits.inodes(), uid, true);
          ScratchMount out =
              ScratchMount.mount(
                  slotDir.resolve("out"), limits.outBytes(), limits.inodes(), uid, false)) {
        ContainerJob job =
            new ContainerJob(
                name,
                image,
                uid,
                request.jobDir().toAbsolutePath(),
                absolute(request.dataFiles()),
                out.dir().toAbsolutePath(),
                tmp.dir().toAbsolutePath(),
                absolute(request.readOnlyBinds()),
                request.command(),
                request.environment(),
                limits,
                request.gpu() ? 1 : 0);
        List<String> command =
            ContainerRunLine.forSandbox(
                job, options.withCgroupParent("/" + Cgroups.RUNNER_GROUP + "/" + group));
        try {
          return runContainer(command, name, request, listener, stop, cgroup, tmp, out);
        } finally {
          // Before the job's cgroup is removed: the container's own cgroup lies inside it.
          engine.remove(name);
          ContainerCgroups.removeChildren(group);
        }
      }
    } finally {
      ContainerCgroups.removeEngineGroups(group);
    }
  }

  private SandboxOutcome runContainer(
      List<String> command,
      String name,
      SandboxRequest request,
      SandboxListener listener,
      StopSignal stop,
      JobCgroup cgroup,
      ScratchMount tmp,
      ScratchMount out)
      throws IOException {
    EventsTail events = new EventsTail(out.dir().resolve("events.jsonl"), listener);
    events.start();
    ProcessWatch.Ended ended;
    try {
      ended =
          ProcessWatch.run(
              command,
              EngineClient.ENVIRONMENT,
              host.slotDir(request.slot()).toFile(),
              request.limits(),
              listener,
              stop,
              process -> engine.kill(name));
    } finally {
      events.stop();
    }
    EngineClient.State state = engine.state(name);
    boolean runnerKilled =
        ended.wallTimeExceeded() || ended.outputLimitExceeded() || ended.stopReason() != null;
    if (!runnerKilled && (state == null || !state.error().isEmpty())) {
      throw new IOException(
          "the container engine could not run the job (exit status "
              + ended.exitCode()
              + (state == null ? ", no container" : ", " + state.error())
              + "): "
              + tail(ended.log()));
    }
    double cpuSeconds = cgroup.cpuSeconds();
    int exitCode = state != null ? state.exitCode() : ended.exitCode();
    long oomKills = oomKills(cgroup, state, exitCode, runnerKilled);
    // Only with the container gone, and every process of it, may files the job controlled be read.
    engine.remove(name);
    cgroup.killAll(KILL_DEADLINE);
    Map<String, OutputFile> outputs = new HashMap<>();
    request
        .outputs()
        .forEach((file, cap) -> outputs.put(file, OutputReader.read(out.dir(), file, cap)));
    return new SandboxOutcome(
        exitCode,
        ended.wallSeconds(),
        cpuSeconds,
        ended.wallTimeExceeded(),
        ended.outputLimitExceeded(),
        ended.stopReason(),
        oomKills,
        tmp.isFull() || out.isFull(),
        ended.log(),
        outputs);
  }

  /**
   * OOM kills of the job. cgroup v2 counts them in the job group, whatever group below it the
   * victim was in. cgroup v1 counts them only in the victim's own group, the container's, which the
   * engine removes as the container ends (and the engine's own flag missed them on the dev
   * machine): there, a job killed by SIGKILL that the runner did not send, after its group's memory
   * reached the limit, was killed by the OOM killer. Inside the container nothing else can SIGKILL
   * its first process (it ignores signals from its own pid namespace); the CPU rlimit's SIGKILL is
   * told apart by the CPU time, as in bwrap mode.
   */
  private static long oomKills(
      JobCgroup cgroup, EngineClient.State state, int exitCode, boolean runnerKilled)
      throws IOException {
    long kills = cgroup.oomKills();
    if (state != null && state.oomKilled()) {
      kills = Math.max(kills, 1);
    }
    if (kills == 0 && exitCode == 128 + 9 && !runnerKilled && cgroup.memoryLimitHits() > 0) {
      kills = 1;
    }
    return kills;
  }

  /**
   * Removes this instance's containers, scratch mounts and job cgroups that a runner killed with -9
   * left behind; other instances' stay.
   */
  void removeLeftovers() {
    try {
      for (String name : engine.names()) {
        if (name.startsWith(namePrefix())) {
          engine.remove(name);
        }
      }
      ScratchMount.unmountLeftovers(host.workDir().resolve("slots"), host::ownsSlotFolder);
      for (String group : ContainerCgroups.leftovers(host::ownsCgroup)) {
        ContainerCgroups.removeEngineGroups(group);
      }
      cgroups.removeLeftovers(host::ownsCgroup);
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "cannot clean up what a previous run left on this instance's slots: " + e.getMessage(),
          e);
    }
  }

  private static Map<String, Path> absolute(Map<String, Path> paths) {
    Map<String, Path> result = new HashMap<>();
    paths.forEach((key, path) -> result.put(key, path.toAbsolutePath()));
    return result;
  }

  private static String tail(String log) {
    return log.length() <= 2000 ? log : log.substring(log.length() - 2000);
  }
}
