package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox recipe: warm a natives folder once, then train with the whole filesystem read-only
 * except {@code /out}. Runs real JVMs (the test JVM has its natives loaded already) and real
 * bubblewrap; skipped where bubblewrap cannot create a sandbox.
 */
class WarmupTest {

  @TempDir Path dir;

  @Test
  void aWarmedFolderServesTrainersReadOnly() throws Exception {
    Path natives = dir.resolve("natives");
    Process warmup = java(List.of(), "-Dhocsau.natives=" + natives, "vn.hocsau.trainer.Warmup");
    assertEquals(0, waitFor(warmup), output(warmup));
    assertTrue(output(warmup).contains("-Dhocsau.natives=" + natives), output(warmup));
    Properties saved = new Properties();
    try (var in = Files.newInputStream(natives.resolve("natives.properties"))) {
      saved.load(in);
    }
    assertTrue(saved.getProperty("paths").contains("nd4j-native"), saved.toString());
    assertEquals(
        NativeSetup.chooseExtension(NativeSetup.cpuFlags()), saved.getProperty("extension"));

    Assumptions.assumeTrue(bwrapWorks(), "bubblewrap cannot create a sandbox here");
    JobFolder folder =
        new JobFolder(dir.resolve("jobroot"))
            .bars(200, 10, false)
            .submission("config", "n.yaml", "epochs: 1\nlayers:\n  - conv2d: {filters: 4}\n");
    folder.writeJobJson();
    List<String> before = listing(natives);

    List<String> sandbox =
        List.of(
            "bwrap",
            "--ro-bind",
            "/",
            "/",
            "--dev",
            "/dev",
            "--proc",
            "/proc",
            "--bind",
            folder.out.toString(),
            folder.out.toString(),
            "--unshare-net",
            "--");
    Process trainer =
        java(
            sandbox,
            "-Dhocsau.natives=" + natives,
            "vn.hocsau.trainer.Main",
            folder.job.toString(),
            folder.out.toString());

    assertEquals(0, waitFor(trainer), output(trainer));
    assertEquals(11, folder.predictions().size());
    assertEquals(before, listing(natives), "nothing was written to the natives folder");
    String started = folder.events("started").get(0).toString();
    assertTrue(
        started.contains(
            saved.getProperty("extension").isEmpty()
                ? "\"helpers\":\"none\""
                : "\"helpers\":\"onednn\""),
        started);
  }

  private Process java(List<String> prefix, String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:-UsePerfData");
    command.add("-Dhocsau.threads=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("process-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private int waitFor(Process process) throws InterruptedException {
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private String output(Process process) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder text = new StringBuilder();
      for (Path log :
          files.filter(p -> p.getFileName().toString().startsWith("process-")).sorted().toList()) {
        text.append(Files.readString(log));
      }
      String all = text.toString();
      return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
    }
  }

  private static boolean bwrapWorks() {
    try {
      Process probe = new ProcessBuilder("bwrap", "--ro-bind", "/", "/", "true").start();
      return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(
              p -> root.relativize(p) + ":" + p.toFile().length() + ":" + p.toFile().lastModified())
          .sorted()
          .toList();
    }
  }
}
