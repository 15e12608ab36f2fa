package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The default sandbox on plain Linux: bubblewrap as a per-slot unprivileged UID, inside a cgroup
 * per job, with size-capped tmpfs scratch space. See {@link BwrapCommand} for the launch chain and
 * {@link SandboxPreflight} for what the machine must provide.
 */
public final class BwrapSandbox implements Sandbox {

  static final Map<String, String> LAUNCHER_ENVIRONMENT =
      Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");

  private static final Duration KILL_DEADLINE = Duration.ofSeconds(10);

  private final SandboxHost host;
  private final Cgroups cgroups;
  private final Path seccompFilter;

  private BwrapSandbox(SandboxHost host, Cgroups cgroups, Path seccompFilter) {
    this.host = host;
    this.cgroups = cgroups;
    this.seccompFilter = seccompFilter;
  }

  /**
   * Checks that this machine can sandbox jobs and returns the sandbox.
   *
   * @throws SandboxUnavailableException saying what is missing and how to fix it
   */
  public static BwrapSandbox create(SandboxHost host) {
    return create(host, null);
  }

  /**
   * Like {@link #create(SandboxHost)}, for the runner holding the {@link InstanceLock} of the
   * host's instance and work folder: first removes what a killed predecessor left on the instance's
   * slots.
   */
  public static BwrapSandbox create(SandboxHost host, InstanceLock held) {
    Cgroups cgroups = SandboxPreflight.check(host);
    if (held != null) {
      if (!held.isFor(host.workDir(), host.instance())) {
        throw new IllegalArgumentException("the lock of another instance or work folder");
      }
      removeLeftovers(host, cgroups);
    }
    Path filter = null;
    if (SeccompFilter.supported()) {
      filter = host.workDir().resolve("seccomp.bpf");
      try {
        writeAtomically(filter, SeccompFilter.program());
      } catch (IOException e) {
        throw new SandboxUnavailableException("cannot write " + filter + ": " + e.getMessage(), e);
      }
    }
    return new BwrapSandbox(host, cgroups, filter);
  }

  /**
   * A runner killed with -9 leaves its slots' tmpfs mounts behind, holding the dead job's files in
   * memory, and the job's cgroup. With the instance lock held, no other runner can be using them.
   */
  private static void removeLeftovers(SandboxHost host, Cgroups cgroups) {
    try {
      ScratchMount.unmountLeftovers(host.workDir().resolve("slots"), host::ownsSlotFolder);
      cgroups.removeLeftovers(host::ownsCgroup);
    } catch (IOException e) {
      throw new SandboxUnavailableException(
          "cannot clean up what a previous run left on this instance's slots: " + e.getMessage(),
          e);
    }
  }

  /**
   * Replaces the file in one step: other runners sharing the work folder may be starting jobs that
   * read it at this very moment, and must never see it half written.
   */
  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
    try {
      Files.write(partial, bytes);
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public String describe() {
    return "bwrap sandbox, "
        + cgroups.describe()
        + ", instance "
        + host.instance()
        + " (slot UIDs from "
        + host.uidOf(0)
        + ")"
        + (seccompFilter == null ? ", NO seccomp filter (not x86-64)" : ", seccomp filter");
  }

  /** The host folder a slot's {@code /out} is mounted on while a job runs. */
  public Path slotDir(int slot) {
    return host.slotDir(slot);
  }

  @Override
  public SandboxOutcome run(SandboxRequest request, SandboxListener listener, StopSignal stop)
      throws IOException {
    SandboxLimits limits = request.limits();
    int uid = host.uidOf(request.slot());
    Path slotDir = slotDir(request.slot());
    CgroupLimits cgroupLimits =
        new CgroupLimits(limits.cgroupMemoryBytes(), limits.pids(), limits.cpus());
    try (JobCgroup cgroup =
            cgroups.create(host.cgroupName(request.slot(), request.name()), cgroupLimits);
        ScratchMount tmp =
            ScratchMount.mount(
                slotDir.resolve("tmp"), limits.tmpBytes(), limits.inodes(), uid, true);
        ScratchMount out =
            ScratchMount.mount(
                slotDir.resolve("out"), limits.outBytes(), limits.inodes(), uid, false)) {
      List<String> command =
          BwrapCommand.build(
              host, request, cgroup.procsFiles(), tmp.dir(), out.dir(), seccompFilter);
      EventsTail events = new EventsTail(out.dir().resolve("events.jsonl"), listener);
      events.start();
      ProcessWatch.Ended ended;
      try {
        ended =
            ProcessWatch.run(
                command,
                LAUNCHER_ENVIRONMENT,
                slotDir.toFile(),
                limits,
                listener,
                stop,
                process -> cgroup.killAll(KILL_DEADLINE));
      } finally {
        events.stop();
      }
      // Only now, with the group empty, may files the job controlled be opened.
      cgroup.killAll(KILL_DEADLINE);
      Map<String, OutputFile> outputs = new HashMap<>();
      request
          .outputs()
          .forEach((name, cap) -> outputs.put(name, OutputReader.read(out.dir(), name, cap)));
      return new SandboxOutcome(
          ended.exitCode(),
          ended.wallSeconds(),
          cgroup.cpuSeconds(),
          ended.wallTimeExceeded(),
          ended.outputLimitExceeded(),
          ended.stopReason(),
          cgroup.oomKills(),
          tmp.isFull() || out.isFull(),
          ended.log(),
          outputs);
    }
  }
}
