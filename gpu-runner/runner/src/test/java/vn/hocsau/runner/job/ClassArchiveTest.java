package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.JobSettings;
import vn.hocsau.runner.MemorySize;
import vn.hocsau.runner.sandbox.BwrapSandbox;
import vn.hocsau.runner.sandbox.SafeDelete;
import vn.hocsau.runner.sandbox.SandboxHost;
import vn.hocsau.runner.sandbox.SandboxListener;
import vn.hocsau.runner.sandbox.SandboxOutcome;
import vn.hocsau.runner.sandbox.StopSignal;
import vn.hocsau.runner.sandbox.TestHosts;

/**
 * The shared class archive in the real bwrap sandbox, with the stand-in trainer: made once through
 * the sandbox, root-owned and read-only; mapped by jobs, which can neither change nor delete it; a
 * new trainer build gets a new one; and a broken archive is ignored rather than failing the job.
 */
class ClassArchiveTest {

  private static Path workDir;
  private static BwrapSandbox sandbox;
  private static TrainerLaunch launch;
  private static Path trainer;

  @BeforeAll
  static void setUp() throws Exception {
    // Dynamic archives sit on the JDK's base archive: Debian's and Ubuntu's JDKs ship it, a
    // jlink'd runtime only with --generate-cds-archive. Without it the runner goes on without.
    assumeTrue(
        ClassArchive.baseArchive(Path.of(System.getProperty("java.home"))) != null,
        "this JDK has no base CDS archive");
    workDir = Path.of("/tmp/hocsau-cds-test-" + ProcessHandle.current().pid());
    Files.createDirectories(workDir);
    sandbox = BwrapSandbox.create(TestHosts.of(workDir));
    trainer = FakeTrainer.build(workDir.resolve("trainer-dist"));
    SandboxHost host = TestHosts.of(workDir);
    Path natives = workDir.resolve("natives");
    NativesWarmup.ensure("", host.javaCommand(), trainer, natives);
    JobSettings settings = Payloads.smallJobs(workDir, trainer, List.of(), true);
    launch =
        new TrainerLaunch(
            host.javaCommand(),
            settings,
            Duration.ofSeconds(60),
            MemorySize.parse("256m"),
            natives);
  }

  @AfterAll
  static void tearDown() throws Exception {
    SafeDelete.tree(workDir);
  }

  @Test
  void theArchiveIsMadeOnceReadOnlyAndMappedByJobsThatCannotChangeIt() throws Exception {
    Path archive = ClassArchive.ensure(sandbox, launch, workDir);
    FileTime made = Files.getLastModifiedTime(archive);

    assertEquals(workDir.resolve("cds"), archive.getParent());
    assertEquals(
        "r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
    assertEquals(archive, ClassArchive.ensure(sandbox, launch, workDir), "kept, not made again");
    assertEquals(made, Files.getLastModifiedTime(archive));

    String log = runJob(launch.withClassArchive(archive));
    assertTrue(log.contains("archive mapped: true"), log);
    assertTrue(log.contains("archive write: refused"), log);
    assertTrue(log.contains("archive delete: refused"), log);
    assertEquals(made, Files.getLastModifiedTime(archive));
  }

  @Test
  void aNewTrainerBuildGetsANewArchiveAndTheOldOneGoes() throws Exception {
    Path before = ClassArchive.ensure(sandbox, launch, workDir);
    Path jar = trainer.resolve("lib/fake-trainer.jar");
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

    Path after = ClassArchive.ensure(sandbox, launch, workDir);

    assertNotEquals(before, after);
    assertFalse(Files.exists(before));
    assertTrue(runJob(launch.withClassArchive(after)).contains("archive mapped: true"));
  }

  @Test
  void aBrokenArchiveIsIgnoredAndTheJobStillRuns() throws Exception {
    Path broken = workDir.resolve("broken.jsa");
    Files.write(broken, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    broken.toFile().setReadable(true, false);

    String log = runJob(launch.withClassArchive(broken));

    assertTrue(log.contains("archive mapped: false"), log);
  }

  /** Runs the stand-in trainer's {@code class-archive} job; returns its log (it must exit 0). */
  private static String runJob(TrainerLaunch with) throws Exception {
    Path data = Files.write(workDir.resolve("features.csv"), Payloads.FEATURES);
    data.toFile().setReadable(true, false);
    var payload = Payloads.train("class-archive");
    JobPayload parsed = JobPayload.parse(payload);
    try (JobFolder folder =
        JobFolder.prepare(
            workDir.resolve("jobs/archive"),
            payload,
            parsed,
            (sha, size) -> data,
            sandbox::dataPath)) {
      var limits = with.limits(parsed);
      SandboxOutcome outcome =
          sandbox.run(
              with.request("archive-job", 0, false, folder, limits),
              SandboxListener.NONE,
              new StopSignal());
      assertEquals(0, outcome.exitCode(), outcome.log());
      assertTrue(outcome.output(JobFiles.PREDICTIONS).isPresent(), outcome.log());
      return outcome.log();
    }
  }
}
