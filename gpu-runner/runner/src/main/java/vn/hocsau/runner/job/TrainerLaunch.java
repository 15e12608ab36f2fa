package vn.hocsau.runner.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 */
public record TrainerLaunch(
    String javaCommand,
    JobSettings settings,
    Duration wallTime,
    MemorySize memory,
    Path nativesDir) {

  /** Main class of the trainer. */
  public static final String TRAINER_MAIN = "vn.hocsau.trainer.Main";

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
    List<String> command = new ArrayList<>();
    command.add(javaCommand);
    command.addAll(JvmFlags.forLimits(limits, settings.heapPercent(), settings.jvmFlags()));
    command.addAll(
        List.of("-cp", JvmFlags.TRAINER_INSIDE + "/lib/*", TRAINER_MAIN, "/job", "/out"));
    return new SandboxRequest(
        name,
        slot,
        folder.dir(),
        folder.dataFiles(),
        Map.of(
            JvmFlags.TRAINER_INSIDE, settings.trainerDir().toAbsolutePath(),
            JvmFlags.NATIVES_INSIDE, nativesDir.toAbsolutePath()),
        command,
        JvmFlags.environment(limits),
        limits,
        gpu,
        Map.of(
            JobFiles.PREDICTIONS, JobFiles.PREDICTIONS_MAX_BYTES,
            JobFiles.VERDICT, JobFiles.VERDICT_MAX_BYTES));
  }
}
