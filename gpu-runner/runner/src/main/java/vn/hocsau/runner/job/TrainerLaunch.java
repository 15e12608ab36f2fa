package vn.hocsau.runner.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.runner.JobSettings;
import vn.hocsau.runner.MemorySize;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxRequest;

/**
 * Builds the sandbox request that starts the trainer for one job: limits (the smaller of the lab's
 * and the runner's), JVM flags, binds of the trainer distribution and unpacked natives.
 *
 * @param javaCommand the java launcher, as seen inside the sandbox
 * @param settings the runner's job settings
 * @param wallTime the runner's wall-time limit
 * @param memory the runner's memory limit per job
 * @param nativesDir where the warm-up unpacked ND4J's natives
 * @param classArchive the trainer's class archive ({@link ClassArchive}), or {@code null} for none
 */
public record TrainerLaunch(
    String javaCommand,
    JobSettings settings,
    Duration wallTime,
    MemorySize memory,
    Path nativesDir,
    Path classArchive) {

  /** Main class of the trainer. */
  public static final String TRAINER_MAIN = "vn.hocsau.trainer.Main";

  /** The smallest {@code /out} for the run that dumps the class archive (about 25 MB). */
  static final long ARCHIVE_OUT_BYTES = 256L << 20;

  /** A launch without a class archive. */
  public TrainerLaunch(
      String javaCommand,
      JobSettings settings,
      Duration wallTime,
      MemorySize memory,
      Path nativesDir) {
    this(javaCommand, settings, wallTime, memory, nativesDir, null);
  }

  /** The same launch, with jobs using {@code archive}. */
  public TrainerLaunch withClassArchive(Path archive) {
    return new TrainerLaunch(javaCommand, settings, wallTime, memory, nativesDir, archive);
  }

  /** The limits for a job: the lab's where they are smaller than the runner's. */
  public SandboxLimits limits(JobPayload payload) {
    Duration wall = wallTime;
    if (payload.wallSeconds() > 0 && payload.wallSeconds() < wall.toSeconds()) {
      wall = Duration.ofSeconds(payload.wallSeconds());
    }
    long memoryBytes = memory.bytes();
    if (payload.memoryMb() > 0 && (payload.memoryMb() << 20) < memoryBytes) {
      memoryBytes = payload.memoryMb() << 20;
    }
    int cpus = settings.cpus();
    return new SandboxLimits(
        wall,
        memoryBytes,
        settings.tmpSize().bytes(),
        settings.outSize().bytes(),
        100_000,
        cpus,
        // The JVM, ND4J's OpenMP pool and the learner's threads, with room but no fork bomb.
        256 + 32 * cpus,
        // CPU seconds: every CPU busy for the whole wall time, plus start-up.
        wall.toSeconds() * cpus + 30,
        settings.logLimit().bytes(),
        1024);
  }

  /** The request for a prepared job on a slot. */
  public SandboxRequest request(
      String name, int slot, boolean gpu, JobFolder folder, SandboxLimits limits) {
    Map<String, Path> binds = new HashMap<>(binds());
    List<String> flags = new ArrayList<>();
    if (classArchive != null) {
      // Before the operator's flags, so -Xshare:off there still wins.
      flags.add("-XX:SharedArchiveFile=" + ClassArchive.INSIDE);
      binds.put(ClassArchive.INSIDE, classArchive.toAbsolutePath());
    }
    return new SandboxRequest(
        name,
        slot,
        folder.dir(),
        folder.dataFiles(),
        binds,
        command(limits, flags),
        JvmFlags.environment(limits),
        limits,
        gpu,
        Map.of(
            JobFiles.PREDICTIONS, JobFiles.PREDICTIONS_MAX_BYTES,
            JobFiles.VERDICT, JobFiles.VERDICT_MAX_BYTES));
  }

  /**
   * The request for the built-in job that dumps the class archive into {@code /out} at exit: slot
   * 0, the same flags and binds as a job, and room in {@code /out} for the archive.
   */
  SandboxRequest archiveRequest(String name, JobFolder folder, SandboxLimits jobLimits) {
    SandboxLimits limits =
        new SandboxLimits(
            jobLimits.wallTime(),
            jobLimits.memoryBytes(),
            jobLimits.tmpBytes(),
            Math.max(jobLimits.outBytes(), ARCHIVE_OUT_BYTES),
            jobLimits.inodes(),
            jobLimits.cpus(),
            jobLimits.pids(),
            jobLimits.cpuSeconds(),
            jobLimits.logBytes(),
            jobLimits.openFiles());
    return new SandboxRequest(
        name,
        0,
        folder.dir(),
        folder.dataFiles(),
        binds(),
        command(limits, List.of("-XX:ArchiveClassesAtExit=/out/" + ClassArchive.OUTPUT)),
        JvmFlags.environment(limits),
        limits,
        false,
        Map.of(ClassArchive.OUTPUT, ClassArchive.MAX_BYTES));
  }

  private Map<String, Path> binds() {
    return Map.of(
        JvmFlags.TRAINER_INSIDE, settings.trainerDir().toAbsolutePath(),
        JvmFlags.NATIVES_INSIDE, nativesDir.toAbsolutePath());
  }

  /** java, the computed flags, {@code launchFlags}, the operator's flags, then the trainer. */
  private List<String> command(SandboxLimits limits, List<String> launchFlags) {
    List<String> command = new ArrayList<>();
    command.add(javaCommand);
    command.addAll(JvmFlags.forLimits(limits, settings.heapPercent(), List.of()));
    command.addAll(launchFlags);
    command.addAll(settings.jvmFlags());
    command.addAll(
        List.of("-cp", JvmFlags.TRAINER_INSIDE + "/lib/*", TRAINER_MAIN, "/job", "/out"));
    return command;
  }
}
