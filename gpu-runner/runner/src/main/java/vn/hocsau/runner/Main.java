package vn.hocsau.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import vn.hocsau.runner.api.BlobCache;
import vn.hocsau.runner.api.PlatformClient;
import vn.hocsau.runner.container.ContainerSandbox;
import vn.hocsau.runner.job.ClassArchive;
import vn.hocsau.runner.job.JobRun;
import vn.hocsau.runner.job.NativesWarmup;
import vn.hocsau.runner.job.TrainerLaunch;
import vn.hocsau.runner.loop.DiskRoom;
import vn.hocsau.runner.loop.RunnerLoop;
import vn.hocsau.runner.sandbox.BwrapSandbox;
import vn.hocsau.runner.sandbox.InstanceLock;
import vn.hocsau.runner.sandbox.SafeDelete;
import vn.hocsau.runner.sandbox.Sandbox;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.SandboxUnavailableException;
import vn.hocsau.runner.sandbox.UnsandboxedSandbox;

/**
 * Entry point of the runner jar: checks the configuration and the sandbox, unpacks the trainer's
 * natives once, then claims and runs jobs until SIGTERM, which drains (see {@link RunnerLoop}).
 *
 * <p>What it says while starting (and while draining) is its report to the operator, printed on the
 * streams given to {@link #run}; once jobs run, the runner logs through {@code java.util.logging}
 * alone.
 */
public final class Main {

  /** Exit status when the runner cannot run jobs safely on this machine. */
  static final int EXIT_NO_SANDBOX = 3;

  /** Exit status for a configuration problem, like a usage error. */
  static final int EXIT_INVALID_CONFIG = 2;

  /** Exit status when start-up failed for another reason (warm-up, work folder). */
  static final int EXIT_START_FAILED = 1;

  private Main() {}

  /** Starts the runner from the process environment. */
  public static void main(String[] args) throws InterruptedException {
    System.exit(run(System.getenv(), System.out, System.err));
  }

  static int run(Map<String, String> environment, PrintStream out, PrintStream err)
      throws InterruptedException {
    RunnerConfig config;
    try {
      config = RunnerConfig.fromEnvironment(environment);
    } catch (InvalidConfigException e) {
      err.println(e.getMessage());
      return EXIT_INVALID_CONFIG;
    }
    out.println("Configuration OK: " + config);
    JobSettings job = config.job();
    // Held until the process ends: no other runner may use this instance's slots and job folders.
    InstanceLock instance;
    try {
      instance = InstanceLock.acquire(job.workDir(), config.instance());
    } catch (SandboxUnavailableException e) {
      err.println("Cannot start: " + e.getMessage());
      return EXIT_START_FAILED;
    }
    Sandbox sandbox;
    try {
      sandbox = sandbox(config, instance);
    } catch (SandboxUnavailableException e) {
      err.println("Refusing to run learners' code: " + e.getMessage());
      return EXIT_NO_SANDBOX;
    }
    out.println("Sandbox: " + sandbox.describe());
    SandboxHost host = host(config);
    Path natives = job.workDir().resolve("natives");
    PlatformClient client = new PlatformClient(config.platformUrl(), config.token());
    RunnerLoop loop;
    try {
      NativesWarmup.ensure(job.warmupCommand(), host.javaCommand(), job.trainerDir(), natives);
      BlobCache blobs = new BlobCache(job.workDir().resolve("blobs"), client);
      // Folders of attempts a killed predecessor never finished; no job of ours runs yet.
      Path jobsDir = job.workDir().resolve("jobs").resolve(Integer.toString(config.instance()));
      SafeDelete.tree(jobsDir);
      TrainerLaunch launch =
          classArchive(
              new TrainerLaunch(
                  host.javaCommand(), job, config.wallTimeLimit(), config.memoryLimit(), natives),
              sandbox,
              out,
              err);
      // Heartbeats and event flushes block on HTTP; two threads per slot keep one slow call
      // from delaying another job's heartbeat past its lease.
      ScheduledExecutorService scheduler =
          Executors.newScheduledThreadPool(2 * config.slots().size());
      JobRun jobs = new JobRun(client, sandbox, launch, blobs::get, jobsDir, scheduler);
      // A full disk under the job folders would make every claimed job fail at once: wait for room.
      loop =
          new RunnerLoop(
              client::claim, jobs, config.slots(), new DiskRoom(jobsDir, DiskRoom.MIN_FREE_BYTES));
    } catch (IOException e) {
      err.println("Cannot start: " + e.getMessage());
      return EXIT_START_FAILED;
    }
    RunnerLoop draining = loop;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // java.util.logging may already be shut down here; stderr is not.
                  err.println("SIGTERM: draining for up to " + job.drainTime());
                  try {
                    boolean clean = draining.drain(job.drainTime());
                    err.println(clean ? "drained" : "drain deadline passed; some jobs lost");
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "drain"));
    out.println("Runner started with slots " + config.slotsText());
    loop.run();
    Reference.reachabilityFence(instance);
    return 0;
  }

  /**
   * The launch with the shared class archive, made now if needed; without it when it is off or
   * cannot be made (jobs start slower but run the same).
   */
  private static TrainerLaunch classArchive(
      TrainerLaunch launch, Sandbox sandbox, PrintStream out, PrintStream err)
      throws InterruptedException {
    if (!launch.settings().classArchive()) {
      out.println("Class archive: off (HOCSAU_CLASS_ARCHIVE=off)");
      return launch;
    }
    long start = System.nanoTime();
    try {
      Path archive = ClassArchive.ensure(sandbox, launch, launch.settings().workDir());
      out.printf("Class archive: %s (%.1f s)%n", archive, (System.nanoTime() - start) / 1e9);
      return launch.withClassArchive(archive);
    } catch (IOException | RuntimeException e) {
      err.println("WARNING: no class archive, jobs will start slower: " + e.getMessage());
      return launch;
    }
  }

  private static SandboxHost host(RunnerConfig config) {
    return SandboxHost.defaults(config.job().workDir(), config.instance())
        .withSlotGpus(config.slotGpus());
  }

  private static Sandbox sandbox(RunnerConfig config, InstanceLock held) {
    return switch (config.sandboxMode()) {
      case BWRAP -> {
        SandboxHost host = host(config);
        List<String> missing = host.missingGpus();
        if (!missing.isEmpty()) {
          throw new SandboxUnavailableException(String.join("; ", missing));
        }
        yield BwrapSandbox.create(host, held);
      }
      case CONTAINER -> ContainerSandbox.create(host(config), config.container(), held);
      case NONE -> new UnsandboxedSandbox(host(config));
    };
  }
}
