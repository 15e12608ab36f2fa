package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.job.ErrorClass;
import vn.hocsau.runner.job.Verdict;
import vn.hocsau.runner.job.VerdictRules;

/**
 * Hostile learner programs, run in a real sandbox of each mode ({@link HostileSubmissionTest} for
 * bwrap, {@code ContainerHostileSubmissionTest} for podman), which must give the same verdicts.
 * Each case asserts the verdict, that an honest job running at the same time on another slot still
 * succeeds, and that nothing of the hostile job is left on the host (no process of the slot UID, no
 * cgroup, no mount, no container).
 */
abstract class HostileCases {

  private static final AtomicInteger RUNS = new AtomicInteger();
  private Path canary;

  /** The sandbox under test, its work folder and the compiled hostile programs. */
  abstract SandboxFixture fixture();

  /** Where the sandbox under test runs: its instance, hence its slot UIDs. */
  abstract SandboxHost host();

  /** Asserts that nothing of the job {@code name} on slot 0 is left on the host. */
  abstract void assertNothingLeft(String name) throws IOException;

  /** Files the sandbox sees at least (the hidden-file hunt proves it walked them). */
  long visibleFilesAtLeast() {
    return 1000;
  }

  @BeforeEach
  void plantCanary() throws IOException {
    canary = fixture().workDir.resolve("canary/secret.txt");
    Files.createDirectories(canary.getParent());
    Files.writeString(canary, "platform secret");
  }

  @Test
  void cpuSpinOnOneThreadHitsTheCpuTimeLimit() throws Exception {
    assertVerdict(ErrorClass.TIME_LIMIT, attack(SandboxFixture.LIMITS, "spin1"));
  }

  @Test
  void cpuSpinOnManyThreadsHitsTheCpuTimeLimit() throws Exception {
    assertVerdict(ErrorClass.TIME_LIMIT, attack(SandboxFixture.LIMITS, "spinN"));
  }

  @Test
  void sleepingForeverHitsTheWallTimeLimit() throws Exception {
    Attack attack = attack(shortWall(3), "sleep");
    assertVerdict(ErrorClass.TIME_LIMIT, attack);
    assertTrue(attack.outcome.wallTimeExceeded());
  }

  @Test
  void blockingOnStdinReadsEndOfFileThenHitsTheWallTime() throws Exception {
    Attack attack = attack(shortWall(3), "stdin");
    assertVerdict(ErrorClass.TIME_LIMIT, attack);
    assertTrue(attack.outcome.log().contains("read -1"), attack.outcome.log());
  }

  @Test
  void heapBombIsAMemoryLimit() throws Exception {
    assertVerdict(ErrorClass.MEMORY_LIMIT, attack(SandboxFixture.LIMITS, "heap"));
  }

  @Test
  void directBufferBombIsAMemoryLimit() throws Exception {
    assertVerdict(ErrorClass.MEMORY_LIMIT, attack(SandboxFixture.LIMITS, "direct"));
  }

  @Test
  void unsafeOffHeapBombIsKilledByTheCgroup() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "unsafe");
    assertVerdict(ErrorClass.MEMORY_LIMIT, attack);
    assertTrue(attack.outcome.oomKills() > 0, "the cgroup's OOM counter rose");
  }

  @Test
  void javaForkBombIsContained() throws Exception {
    assertOneOf(
        attack(shortWall(5), "forkjava"),
        ErrorClass.TIME_LIMIT,
        ErrorClass.MEMORY_LIMIT,
        ErrorClass.RUNTIME_ERROR);
  }

  @Test
  void shellForkBombIsContained() throws Exception {
    assertOneOf(attack(shortWall(4), "forksh"), ErrorClass.TIME_LIMIT, ErrorClass.MEMORY_LIMIT);
  }

  @Test
  void threadBombHitsThePidsLimit() throws Exception {
    assertOneOf(
        attack(SandboxFixture.LIMITS, "threads"),
        ErrorClass.MEMORY_LIMIT,
        ErrorClass.RUNTIME_ERROR);
  }

  @Test
  void fillingTmpIsADiskLimit() throws Exception {
    assertVerdict(ErrorClass.DISK_LIMIT, attack(SandboxFixture.LIMITS, "filltmp"));
  }

  @Test
  void fillingOutIsADiskLimit() throws Exception {
    assertVerdict(ErrorClass.DISK_LIMIT, attack(SandboxFixture.LIMITS, "fillout"));
  }

  @Test
  void aMillionTinyFilesRunOutOfInodes() throws Exception {
    assertVerdict(ErrorClass.DISK_LIMIT, attack(SandboxFixture.LIMITS, "inodes"));
  }

  @Test
  void aSparseTerabyteFileIsRefused() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "sparse");
    assertVerdict(ErrorClass.INVALID_OUTPUT, attack);
    assertTrue(attack.outcome.log().contains("sparse refused"), attack.outcome.log());
  }

  @Test
  void hugePredictionsAreAnOutputLimit() throws Exception {
    assertVerdict(ErrorClass.OUTPUT_LIMIT, attack(SandboxFixture.LIMITS, "bigpredictions"));
  }

  @Test
  void outputFloodIsStoppedAtTheCap() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "flood");
    assertVerdict(ErrorClass.OUTPUT_LIMIT, attack);
    assertTrue(attack.outcome.log().length() <= 70 * 1024);
  }

  @Test
  void oneGiantLineIsCutIntoBoundedLines() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "giantline");
    assertVerdict(ErrorClass.OK, attack);
    assertTrue(attack.outcome.log().lines().allMatch(line -> line.length() <= 1000));
  }

  @Test
  void invalidUtf8AndControlCharactersAreCleaned() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "badutf8");
    assertVerdict(ErrorClass.OK, attack);
    assertFalse(attack.outcome.log().contains("\u001b"));
    assertFalse(attack.outcome.log().contains("\u0007"));
    assertTrue(attack.outcome.log().contains("\ufffd"));
  }

  @Test
  void noNetworkAtAll() throws Exception {
    // A real listener on the host's loopback (where PostgreSQL would be) proves that only the
    // sandbox stops the connection.
    try (ServerSocket v4 = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
      Attack attack = attack(SandboxFixture.LIMITS, "network", Integer.toString(v4.getLocalPort()));
      assertVerdict(ErrorClass.OK, attack);
      assertTrue(attack.outcome.log().contains("refused dns"), attack.outcome.log());
    }
  }

  @Test
  void hostFilesAreInvisible() throws Exception {
    Attack attack =
        attack(
            SandboxFixture.LIMITS,
            "read",
            canary.toString(),
            fixture().jobDir.resolve("Honest.java").toString(),
            "/work/main/pom.xml",
            System.getProperty("user.home") + "/.m2/settings.xml",
            fixture().workDir.resolve("slots/1/out/predictions.csv").toString());
    assertVerdict(ErrorClass.OK, attack);
  }

  /**
   * Searches everything the sandbox can see for any file whose bytes match a hidden file: test
   * labels planted where datasets live on real hosts, Debian's Fashion-MNIST test labels and the
   * repository's CSV test files when present. A file the sandbox does see (the JDK's {@code
   * release}) proves the search reaches what is bound.
   */
  @Test
  void noHiddenFileIsVisibleAnywhereInTheSandbox() throws Exception {
    List<Path> planted = HiddenFiles.plant();
    try {
      List<Path> hidden = new ArrayList<>(planted);
      hidden.addAll(HiddenFiles.installedDatasets());
      Map<String, Path> targets = new LinkedHashMap<>();
      for (Path file : hidden) {
        HiddenFiles.fingerprints(file).forEach(f -> targets.put(f, file));
      }
      Path visible = Path.of(System.getProperty("java.home"), "release");
      String control = HiddenFiles.fingerprint(Files.readAllBytes(visible));
      List<String> program = new ArrayList<>(List.of("hunt", control));
      program.addAll(targets.keySet());

      Attack attack = attack(huntLimits(), program.toArray(String[]::new));

      assertVerdict(ErrorClass.OK, attack);
      String log = attack.outcome.log();
      assertTrue(log.contains("FOUND " + control.split(":")[1]), "the search saw the JDK: " + log);
      java.util.regex.Matcher seen =
          java.util.regex.Pattern.compile("hunted (\\d+) files").matcher(log);
      assertTrue(
          seen.find() && Long.parseLong(seen.group(1)) > visibleFilesAtLeast(),
          "the search walked: " + log);
      System.out.println("hidden-file hunt: " + seen.group() + ", " + targets.size() + " targets");
      targets.forEach(
          (fingerprint, file) ->
              assertFalse(
                  log.contains("FOUND " + fingerprint.split(":")[1]),
                  "the hidden file " + file + " is readable in the sandbox: " + log));
    } finally {
      HiddenFiles.remove(planted);
    }
  }

  @Test
  void theRunnersEnvironmentDoesNotLeak() throws Exception {
    assertNotNull(System.getenv("HOCSAU_RUNNER_TOKEN"), "surefire sets a fake secret to look for");
    Attack attack = attack(SandboxFixture.LIMITS, "env");
    assertVerdict(ErrorClass.OK, attack);
    assertTrue(attack.outcome.log().contains("no secret"), attack.outcome.log());
  }

  @Test
  void readOnlyPlacesStayReadOnly() throws Exception {
    assertVerdict(ErrorClass.OK, attack(SandboxFixture.LIMITS, "write"));
    assertFalse(Files.exists(fixture().jobDir.resolve("x")));
  }

  @Test
  void daemonsDoNotSurviveTheJob() throws Exception {
    // attack() checks afterwards that no process of the slot UID is left.
    assertVerdict(ErrorClass.OK, attack(SandboxFixture.LIMITS, "daemon"));
  }

  @Test
  void predictionsAsASymlinkToASecretAreRefused() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "symlink", "/etc/shadow");
    assertVerdict(ErrorClass.INVALID_OUTPUT, attack);
  }

  @Test
  void predictionsAsAHardLinkAreRefused() throws Exception {
    assertVerdict(ErrorClass.INVALID_OUTPUT, attack(SandboxFixture.LIMITS, "hardlink"));
  }

  @Test
  void predictionsAndEventsAsFifosNeitherBlockNorCount() throws Exception {
    assertVerdict(ErrorClass.INVALID_OUTPUT, attack(SandboxFixture.LIMITS, "fifo"));
  }

  @Test
  void predictionsAsADirectoryAreRefused() throws Exception {
    assertVerdict(ErrorClass.INVALID_OUTPUT, attack(SandboxFixture.LIMITS, "directory"));
  }

  @Test
  void plantedSymlinksDoNotReachHostFilesAtCleanup() throws Exception {
    assertVerdict(ErrorClass.OK, attack(SandboxFixture.LIMITS, "plant", canary.toString()));
    assertEquals("platform secret", Files.readString(canary));
  }

  @Test
  void kernelSurfaceIsClosed() throws Exception {
    Attack attack = attack(SandboxFixture.LIMITS, "kernel");
    assertVerdict(ErrorClass.OK, attack);
    // Mode 2 is a seccomp filter: ptrace, io_uring, bpf, keyctl, mount, unshare… return EPERM.
    assertTrue(attack.outcome.log().contains("seccomp mode 2"), attack.outcome.log());
    if (Files.isExecutable(Path.of("/usr/bin/perl"))) {
      assertTrue(attack.outcome.log().contains("ptrace refused"), attack.outcome.log());
      assertTrue(attack.outcome.log().contains("io_uring refused"), attack.outcome.log());
    }
  }

  @Test
  void eventLinesAreForwardedAndOverlongOnesDropped() throws Exception {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger tooLong = new AtomicInteger();
    SandboxListener listener =
        new SandboxListener() {
          @Override
          public void logLine(String line) {}

          @Override
          public void eventLine(String line) {
            lines.add(line);
          }

          @Override
          public void eventLineTooLong() {
            tooLong.incrementAndGet();
          }
        };
    Attack attack = attack(SandboxFixture.LIMITS, listener, "events");
    assertVerdict(ErrorClass.OK, attack);
    assertEquals(4, lines.size(), lines.toString());
    assertEquals(1, tooLong.get());
  }

  // ---------------------------------------------------------------------------------------------

  private record Attack(SandboxOutcome outcome, Verdict verdict) {}

  private static SandboxLimits huntLimits() {
    SandboxLimits l = SandboxFixture.LIMITS;
    return new SandboxLimits(
        Duration.ofSeconds(90),
        l.memoryBytes(),
        l.tmpBytes(),
        l.outBytes(),
        l.inodes(),
        l.cpus(),
        l.pids(),
        80,
        l.logBytes(),
        l.openFiles());
  }

  private static SandboxLimits shortWall(int seconds) {
    SandboxLimits l = SandboxFixture.LIMITS;
    return new SandboxLimits(
        Duration.ofSeconds(seconds),
        l.memoryBytes(),
        l.tmpBytes(),
        l.outBytes(),
        l.inodes(),
        l.cpus(),
        l.pids(),
        l.cpuSeconds(),
        l.logBytes(),
        l.openFiles());
  }

  /**
   * Issue 20: a local runner ({@code ./run.sh}, instance 0) may be training a learner's job on this
   * machine while the suite runs. Its processes run as instance 0's slot UIDs; the suite runs as
   * its own instance, so it neither blames them as its own survivors nor kills them. The local job
   * is played by a process of UID 61000; a daemonising attack then runs beside it.
   */
  @Test
  void aLocalRunnersJobBesideTheSuiteIsNeitherBlamedNorKilled() throws Exception {
    int localUid = SandboxHost.defaults(Path.of("/"), 0).uidOf(0);
    Process local =
        new ProcessBuilder(
                "setpriv",
                "--reuid=" + localUid,
                "--regid=" + localUid,
                "--clear-groups",
                "sleep",
                "300")
            .start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      Path status = Path.of("/proc/" + local.pid() + "/status");
      while (!Files.readAllLines(status).stream()
          .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("" + localUid))) {
        assertTrue(local.isAlive() && System.nanoTime() < deadline, "setpriv did not start");
        local.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
      assertVerdict(ErrorClass.OK, attack(SandboxFixture.LIMITS, "daemon"));
      assertTrue(local.isAlive(), "the suite killed a process of the local runner's slot UID");
    } finally {
      local.destroyForcibly();
    }
  }

  private Attack attack(SandboxLimits limits, String... program) throws Exception {
    return attack(limits, SandboxListener.NONE, program);
  }

  private Attack attack(SandboxLimits limits, SandboxListener listener, String... program)
      throws Exception {
    int run = RUNS.incrementAndGet();
    List<String> hostile = new ArrayList<>(List.of("Hostile"));
    hostile.addAll(List.of(program));
    CompletableFuture<SandboxOutcome> honest =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return fixture()
                    .sandbox
                    .run(
                        fixture().request("honest-" + run, 1, SandboxFixture.LIMITS, "Honest"),
                        SandboxListener.NONE,
                        new StopSignal());
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    SandboxOutcome outcome =
        fixture()
            .sandbox
            .run(
                fixture().request("hostile-" + run, 0, limits, hostile.toArray(String[]::new)),
                listener,
                new StopSignal());
    SandboxOutcome besides = honest.get();
    assertEquals(0, besides.exitCode(), "the honest job beside it failed: " + besides.log());
    assertTrue(besides.output("predictions.csv").isPresent());
    assertAftermathClean("hostile-" + run);
    assertNothingLeft("hostile-" + run);
    assertFalse(outcome.log().contains("LEAK"), outcome.log());
    return new Attack(outcome, VerdictRules.classify(outcome, limits));
  }

  /** No process of either slot's UID survives the job. */
  private void assertAftermathClean(String name) throws IOException {
    Set<String> slotUids = Set.of("" + host().uidOf(0), "" + host().uidOf(1));
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          List<String> status = Files.readAllLines(proc.resolve("status"));
          // A zombie runs nothing and holds nothing; init reaps it when it gets to it.
          if (status.stream().anyMatch(line -> line.startsWith("State:\tZ"))) {
            continue;
          }
          for (String line : status) {
            if (line.startsWith("Uid:")) {
              String uid = line.split("\\s+")[1];
              assertFalse(slotUids.contains(uid), "a process of slot UID " + uid + " survived");
            }
          }
        } catch (IOException e) {
          // The process ended while we looked.
        }
      }
    }
  }

  private static void assertVerdict(ErrorClass expected, Attack attack) {
    assertEquals(
        expected, attack.verdict.errorClass(), attack.verdict + "\n" + attack.outcome.log());
  }

  private static void assertOneOf(Attack attack, ErrorClass... allowed) {
    assertTrue(
        List.of(allowed).contains(attack.verdict.errorClass()),
        attack.verdict + "\n" + attack.outcome.log());
  }
}
