package vn.hocsau.runner.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Where the sandbox finds things on this machine.
 *
 * <p>Several runner processes may share one machine and one work folder. Each has its own {@code
 * instance} number, and its slots map to host slots no other instance uses: slot {@code n} of
 * instance {@code i} is host slot {@code i * SLOTS_PER_INSTANCE + n}, with its own UID and its own
 * scratch folder. Instance 0 keeps the single-runner layout (UID {@code uidBase + n}, {@code
 * slots/<n>}).
 *
 * @param workDir the runner's own folder; per-slot scratch mounts go under {@code slots/}
 * @param javaHome the JDK the trainer runs on, bound read-only
 * @param uidBase host slot {@code n} runs as host UID and GID {@code uidBase + n}
 * @param instance which of the runners sharing this machine this one is
 * @param etcFiles files and folders of {@code /etc} the program needs, bound read-only if present
 * @param devDir where the host's device nodes are ({@code /dev})
 * @param slotGpus the GPU of each slot ({@code /dev/nvidiaN}), -1 for a CPU slot; empty when the
 *     runner has not said, and then every GPU job gets GPU 0
 */
public record SandboxHost(
    Path workDir,
    Path javaHome,
    int uidBase,
    int instance,
    List<String> etcFiles,
    Path devDir,
    List<Integer> slotGpus) {

  /** The NVIDIA driver's shared nodes, which every GPU job needs besides its own GPU's node. */
  static final List<String> GPU_CONTROL_NODES =
      List.of("nvidiactl", "nvidia-uvm", "nvidia-uvm-tools", "nvidia-modeset");

  /** Host slots reserved for each runner instance, hence the most slots one runner may have. */
  public static final int SLOTS_PER_INSTANCE = 100;

  /** The highest instance number: host UIDs stay below {@code uidBase + 10000}. */
  public static final int MAX_INSTANCE = 99;

  /** Rejects an instance number out of range. */
  public SandboxHost {
    if (instance < 0 || instance > MAX_INSTANCE) {
      throw new IllegalArgumentException("instance must be from 0 to " + MAX_INSTANCE);
    }
    etcFiles = List.copyOf(etcFiles);
    slotGpus = List.copyOf(slotGpus);
  }

  /** The defaults for a single runner on the machine: instance 0. */
  public static SandboxHost defaults(Path workDir) {
    return defaults(workDir, 0);
  }

  /** The defaults: the JDK running the runner, UIDs from 61000, and a minimal /etc. */
  public static SandboxHost defaults(Path workDir, int instance) {
    return new SandboxHost(
        workDir,
        Path.of(System.getProperty("java.home")),
        61000,
        instance,
        List.of(
            "/etc/ld.so.cache",
            "/etc/localtime",
            "/etc/java-17-openjdk",
            "/etc/alternatives",
            "/etc/ssl/certs/java"),
        Path.of("/dev"),
        List.of());
  }

  /** This host with the runner's slots' GPUs ({@link vn.hocsau.runner.SlotKind#gpus}). */
  public SandboxHost withSlotGpus(List<Integer> gpus) {
    return new SandboxHost(workDir, javaHome, uidBase, instance, etcFiles, devDir, gpus);
  }

  /** This host with its device nodes in another folder (tests). */
  SandboxHost withDevDir(Path dir) {
    return new SandboxHost(workDir, javaHome, uidBase, instance, etcFiles, dir, slotGpus);
  }

  /** The GPU a job on {@code slot} gets: the slot's own, or GPU 0 when none was said. */
  public int gpuOf(int slot) {
    if (slotGpus.isEmpty()) {
      return 0;
    }
    int gpu = slot < slotGpus.size() ? slotGpus.get(slot) : -1;
    if (gpu < 0) {
      throw new IllegalArgumentException("slot " + slot + " is not a GPU slot");
    }
    return gpu;
  }

  /**
   * The device nodes (names under {@link #devDir}) a GPU job on {@code slot} gets: its own GPU's
   * node and the driver's shared ones. The other GPUs' nodes stay out of its sandbox, so CUDA
   * inside sees one device.
   */
  public List<String> gpuNodes(int slot) {
    List<String> nodes = new ArrayList<>();
    nodes.add("nvidia" + gpuOf(slot));
    nodes.addAll(GPU_CONTROL_NODES);
    return nodes;
  }

  /**
   * What is wrong with the GPU slots on this machine: one line for each GPU slot whose GPU has no
   * device node (no such GPU, or the driver is not loaded); empty when all is well.
   */
  public List<String> missingGpus() {
    List<String> problems = new ArrayList<>();
    for (int slot = 0; slot < slotGpus.size(); slot++) {
      int gpu = slotGpus.get(slot);
      if (gpu >= 0 && !Files.exists(devDir.resolve("nvidia" + gpu))) {
        problems.add(
            "slot "
                + (slot + 1)
                + " is a GPU slot for GPU "
                + gpu
                + ", but "
                + devDir.resolve("nvidia" + gpu)
                + " does not exist (no such NVIDIA GPU, or its driver is not loaded);"
                + " fix HOCSAU_RUNNER_SLOTS");
      }
    }
    return problems;
  }

  /** The machine-wide number of this runner's slot {@code slot}. */
  public int hostSlot(int slot) {
    if (slot < 0 || slot >= SLOTS_PER_INSTANCE) {
      throw new IllegalArgumentException("slot " + slot + " out of range");
    }
    return instance * SLOTS_PER_INSTANCE + slot;
  }

  /** The host UID (and GID) of a slot. */
  public int uidOf(int slot) {
    return uidBase + hostSlot(slot);
  }

  /** The host folder holding a slot's scratch mounts ({@code tmp/} and {@code out/}). */
  public Path slotDir(int slot) {
    return workDir.resolve("slots").resolve(Integer.toString(hostSlot(slot)));
  }

  /**
   * The name of the cgroup of a job on a slot: {@code slot-<host slot>-<work folder tag>-<job>}.
   * Cgroups are machine-wide, so the name says which runner made it: runners with different work
   * folders never share or clean up each other's groups, even with the same instance number.
   */
  public String cgroupName(int slot, String job) {
    return "slot-" + hostSlot(slot) + "-" + workDirTag() + "-" + job;
  }

  /** Whether a cgroup name is one this runner's {@link #cgroupName} gave one of its slots. */
  public boolean ownsCgroup(String name) {
    String[] parts = name.split("-", 4);
    return parts.length == 4
        && parts[0].equals("slot")
        && ownsSlotFolder(parts[1])
        && parts[2].equals(workDirTag());
  }

  /** Eight hex digits of the SHA-256 of the absolute work folder path. */
  public String workDirTag() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  workDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether a host slot folder name belongs to this instance. */
  public boolean ownsSlotFolder(String name) {
    try {
      int n = Integer.parseInt(name);
      return n >= 0 && n / SLOTS_PER_INSTANCE == instance;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The java launcher inside the sandbox (the JDK is bound at the same path). */
  public String javaCommand() {
    return javaHome.resolve("bin/java").toString();
  }
}
