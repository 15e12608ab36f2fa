package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.hocsau.runner.sandbox.OutputFile;
import vn.hocsau.runner.sandbox.SafeDelete;
import vn.hocsau.runner.sandbox.Sandbox;
import vn.hocsau.runner.sandbox.SandboxListener;
import vn.hocsau.runner.sandbox.SandboxOutcome;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * An AppCDS archive of the classes a trainer loads, made once per trainer build and shared
 * read-only by every job. Without it each job's JVM reads, parses and verifies about 3,200 classes
 * from 40 jars (ND4J alone is most of them): on two busy cores that is two of the three seconds
 * before a tiny job's first epoch.
 *
 * <p>The archive is made at start-up by running the trainer on a built-in tiny job (a small MLP on
 * generated points; no learner code) through the same sandbox and with the same JVM flags as a real
 * job, plus {@code -XX:ArchiveClassesAtExit=/out/trainer.jsa}. A JDK 17 archive only matches a JVM
 * that sees the same class path, so it has to be dumped where jobs run: in the sandbox, at {@code
 * /opt/hocsau/trainer/lib}. The runner then reads it like any job output (no symlinks, size cap),
 * stores it root-owned and read-only under {@code HOCSAU_WORK_DIR/cds}, and binds it read-only at
 * {@link #INSIDE}. Its name holds a fingerprint of the JDK, the trainer's jars and the flags, so a
 * new trainer build or JDK gets a new archive; a JVM that still finds it stale ignores it (prints
 * one warning) and loads classes the slow way, so jobs never fail because of it.
 */
public final class ClassArchive {

  /** Where jobs see the archive. */
  public static final String INSIDE = "/opt/hocsau/cds/trainer.jsa";

  static final String OUTPUT = "trainer.jsa";
  static final long MAX_BYTES = 512L << 20;
  private static final String FORMAT = "1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClassArchive() {}

  /**
   * The archive for jobs that {@code launch} starts in {@code sandbox}: the existing one if its
   * fingerprint matches, else a new one made now (a few seconds).
   *
   * @throws IOException when it cannot be made; the runner then goes on without one
   */
  public static Path ensure(Sandbox sandbox, TrainerLaunch launch, Path workDir)
      throws IOException, InterruptedException {
    Path javaHome = Path.of(launch.javaCommand()).getParent().getParent();
    if (baseArchive(javaHome) == null) {
      throw new IOException(
          javaHome
              + " has no base CDS archive (lib/server/classes.jsa), which a class archive builds"
              + " on: use a JDK package that ships it, or jlink with --generate-cds-archive");
    }
    Path dir = workDir.resolve("cds");
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    // Per sandbox kind: runners of two kinds sharing a work folder keep one archive each.
    String prefix = "trainer-" + sandbox.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-";
    Path archive = dir.resolve(prefix + fingerprint(sandbox, launch) + ".jsa");
    if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
      return archive;
    }
    // Runners sharing a work folder may start together and would share cds/data and the partial
    // file: one makes the archive, the others find it.
    SharedFolderLock.holding(
        dir.resolve(".lock"),
        () -> {
          if (!Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
            make(sandbox, launch, dir, prefix, archive);
          }
        });
    return archive;
  }

  private static void make(
      Sandbox sandbox, TrainerLaunch launch, Path dir, String prefix, Path archive)
      throws IOException, InterruptedException {
    byte[] bytes = dump(sandbox, launch, dir);
    Path partial = dir.resolve(prefix + "partial");
    Files.deleteIfExists(partial);
    Files.write(partial, bytes);
    // Read-only for everyone: jobs read it as their slot UID, nobody but root may change it.
    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("r--r--r--"));
    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
    removeOthers(dir, prefix, archive);
  }

  /** The JDK's own CDS archive, which dynamic archives extend; null when it has none. */
  static Path baseArchive(Path javaHome) {
    for (String name : new String[] {"classes.jsa", "classes_nocoops.jsa"}) {
      Path file = javaHome.resolve("lib/server").resolve(name);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  /** What the archive depends on: the JDK, the trainer's jars, the sandbox and the JVM flags. */
  static String fingerprint(Sandbox sandbox, TrainerLaunch launch) throws IOException {
    StringBuilder text = new StringBuilder("format=" + FORMAT + "\n");
    text.append("java=").append(launch.javaCommand()).append(' ');
    text.append(System.getProperty("java.vm.version")).append('\n');
    text.append("sandbox=").append(sandbox.getClass().getName()).append('\n');
    text.append("flags=").append(launch.settings().jvmFlags()).append('\n');
    Path lib = launch.settings().trainerDir().resolve("lib");
    TreeMap<String, String> jars = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(lib, "*.jar")) {
      for (Path jar : files) {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        jars.put(jar.getFileName().toString(), a.size() + " " + a.lastModifiedTime().toMillis());
      }
    }
    jars.forEach((name, stamp) -> text.append(name).append(' ').append(stamp).append('\n'));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the built-in job with the archive dump flag; returns the archive's bytes. */
  private static byte[] dump(Sandbox sandbox, TrainerLaunch launch, Path dir)
      throws IOException, InterruptedException {
    Path data = dir.resolve("data");
    SafeDelete.tree(data);
    Files.createDirectory(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, Path> blobs =
        Map.of(
            sha256(points(270, true)), dataFile(data, "train.csv", points(270, true)),
            sha256(points(30, false)), dataFile(data, "test.csv", points(30, false)));
    ObjectNode payload = payload();
    JobPayload parsed;
    try {
      parsed = JobPayload.parse(payload);
    } catch (RefusedJobException e) {
      throw new IllegalStateException("the built-in archive job is invalid", e);
    }
    try (JobFolder folder =
        JobFolder.prepare(
            dir.resolve("job"),
            payload,
            parsed,
            (sha, size) -> blobs.get(sha),
            sandbox::dataPath)) {
      SandboxOutcome outcome =
          sandbox.run(
              launch.archiveRequest("cds-archive", folder, launch.limits(parsed)),
              SandboxListener.NONE,
              new StopSignal());
      OutputFile archive = outcome.output(OUTPUT);
      if (outcome.exitCode() != 0 || !archive.isPresent()) {
        throw new IOException(
            "the class archive run exited with "
                + outcome.exitCode()
                + (archive.isPresent() ? "" : " and left no archive (" + archive.problem() + ")")
                + "; log:\n"
                + tail(outcome.log()));
      }
      return archive.bytes();
    } finally {
      SafeDelete.tree(data);
    }
  }

  private static void addFile(ArrayNode files, String role, byte[] bytes, String name) {
    files
        .addObject()
        .put("role", role)
        .put("sha256", sha256(bytes))
        .put("size", bytes.length)
        .put("name", name);
  }

  private static ObjectNode payload() {
    ObjectNode root = JSON.createObjectNode().put("version", 1);
    root.putObject("submission")
        .put("id", 0)
        .put("kind", "config")
        .put("fileName", "network.yaml")
        .put(
            "text",
            "epochs: 2\nbatchSize: 32\nlayers:\n  - dense: {units: 16, activation: relu}\n"
                + "  - output: {}\n")
        .putNull("blob");
    ObjectNode dataset =
        root.putObject("dataset")
            .put("slug", "class-archive")
            .put("format", "csv")
            .put("task", "classification")
            .put("numClasses", 3);
    dataset.putArray("inputShape").add(2);
    ArrayNode files = dataset.putArray("files");
    byte[] train = points(270, true);
    byte[] test = points(30, false);
    addFile(files, "train-features", train, "train.csv");
    addFile(files, "test-features", test, "test.csv");
    root.putObject("limits").put("wallSeconds", 300).put("maxEpochs", 2);
    root.put("output", "probabilities");
    return root;
  }

  /** Three clouds of 2-D points, as CSV; the same bytes every time (fixed seed). */
  static byte[] points(int rows, boolean labels) {
    Random random = new Random(labels ? 1 : 2);
    StringBuilder csv = new StringBuilder(labels ? "id,x1,x2,label\n" : "id,x1,x2\n");
    for (int i = 0; i < rows; i++) {
      int label = i % 3;
      csv.append(i)
          .append(
              String.format(
                  Locale.ROOT,
                  ",%.4f,%.4f",
                  label + random.nextGaussian() * 0.3,
                  label - random.nextGaussian() * 0.3));
      csv.append(labels ? "," + label + "\n" : "\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path dataFile(Path dir, String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    return file;
  }

  private static void removeOthers(Path dir, String prefix, Path keep) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, prefix + "*.jsa")) {
      for (Path file : old) {
        if (!file.equals(keep)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static String tail(String log) {
    List<String> lines = log.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
