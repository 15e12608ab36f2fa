package vn.hocsau.runner.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocsau.runner.sandbox.SandboxLimits;

/**
 * JVM flags and environment for the trainer inside the sandbox. The heap gets a share of the job's
 * memory and off-heap the rest, so the JVM fails with its own OutOfMemoryError (a clear
 * MEMORY_LIMIT) before the cgroup's OOM killer strikes; {@code ExitOnOutOfMemoryError} stops a
 * program that would otherwise catch the error and limp on.
 */
public final class JvmFlags {

  /** Where the natives unpacked by the warm-up are bound inside the sandbox. */
  public static final String NATIVES_INSIDE = "/opt/hocsau/natives";

  /** Where the trainer distribution is bound inside the sandbox. */
  public static final String TRAINER_INSIDE = "/opt/hocsau/trainer";

  private JvmFlags() {}

  /**
   * The flags for a job with these limits.
   *
   * @param heapPercent share of the job's memory given to the Java heap
   * @param extra operator-configured flags, appended last so they win
   */
  public static List<String> forLimits(SandboxLimits limits, int heapPercent, List<String> extra) {
    long memory = limits.memoryBytes();
    long heap = memory / 100 * heapPercent;
    long offHeap = memory / 4;
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx" + (heap >> 20) + "m");
    flags.add("-XX:MaxDirectMemorySize=" + (offHeap >> 20) + "m");
    flags.add("-XX:ActiveProcessorCount=" + limits.cpus());
    if (limits.cpus() == 1) {
      // On one CPU the C2 compiler's threads take it from the job itself: C1 alone started a tiny
      // job 0.5 s sooner and trained 1.4-2x faster on Fashion-MNIST (docs/benchmarks.md).
      flags.add("-XX:TieredStopAtLevel=1");
    }
    flags.add("-XX:+ExitOnOutOfMemoryError");
    // No hsperfdata files in /tmp, and no attach target for other processes.
    flags.add("-XX:-UsePerfData");
    flags.add("-Duser.home=/tmp");
    flags.add("-Djava.io.tmpdir=/tmp");
    flags.add("-Dfile.encoding=UTF-8");
    // JavaCPP refuses its own allocations past maxbytes with an OutOfMemoryError. Its other check,
    // maxphysicalbytes, reads the resident size and collects garbage at every native allocation:
    // 10% of a small MLP's training time (docs/benchmarks.md). It is off; the trainer's MemoryGuard
    // does the same once per batch past gc-at-bytes (ND4J's arrays are freed only when the
    // collector has run), and the job's memory cgroup caps the rest (its kills read MEMORY_LIMIT).
    flags.add("-Dorg.bytedeco.javacpp.maxbytes=" + offHeap);
    flags.add("-Dorg.bytedeco.javacpp.maxphysicalbytes=0");
    flags.add("-Dhocsau.gc-at-bytes=" + (memory / 100 * 80));
    // The trainer loads the natives unpacked by Warmup from this read-only folder (never writes).
    flags.add("-Dhocsau.natives=" + NATIVES_INSIDE);
    flags.add("-Dhocsau.threads=" + limits.cpus());
    flags.addAll(extra);
    return flags;
  }

  /** The trainer's whole environment; nothing of the runner's own is passed on. */
  public static Map<String, String> environment(SandboxLimits limits) {
    String threads = Integer.toString(limits.cpus());
    return Map.of(
        "PATH",
        "/usr/bin:/bin",
        "HOME",
        "/tmp",
        "LANG",
        "C.UTF-8",
        "OMP_NUM_THREADS",
        threads,
        "OPENBLAS_NUM_THREADS",
        threads,
        "MKL_NUM_THREADS",
        threads);
  }
}
