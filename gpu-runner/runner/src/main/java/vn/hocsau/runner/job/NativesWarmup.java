package vn.hocsau.runner.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Unpacks ND4J's native libraries once, outside any sandbox, into a folder that every job then gets
 * read-only. Left to itself JavaCPP unpacks them into {@code ~/.javacpp/cache} at each start:
 * hundreds of megabytes per job, written into the job's size-capped {@code /tmp}.
 */
public final class NativesWarmup {

  /** The built-in command; {@code {java}}, {@code {lib}} and {@code {natives}} are filled in. */
  public static final String DEFAULT_COMMAND =
      "{java} -Dhocsau.natives={natives} -cp {lib}/* vn.hocsau.trainer.Warmup";

  private static final String DONE = ".warmed-up";

  private static final String LOCK = ".warm-up.lock";

  private NativesWarmup() {}

  /**
   * Runs the warm-up unless it already succeeded for this natives folder.
   *
   * @param template the command template, or blank for {@link #DEFAULT_COMMAND}
   * @throws IOException with the command's output when it fails
   */
  public static void ensure(String template, String java, Path trainerDir, Path nativesDir)
      throws IOException, InterruptedException {
    if (Files.exists(nativesDir.resolve(DONE))) {
      return;
    }
    Files.createDirectories(nativesDir);
    // Runners sharing a work folder may start together: one unpacks, the others find the marker.
    SharedFolderLock.holding(
        nativesDir.resolve(LOCK),
        () -> {
          if (!Files.exists(nativesDir.resolve(DONE))) {
            unpack(template, java, trainerDir, nativesDir);
          }
        });
  }

  private static void unpack(String template, String java, Path trainerDir, Path nativesDir)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    String chosen = template == null || template.isBlank() ? DEFAULT_COMMAND : template;
    for (String part : chosen.strip().split("\\s+")) {
      command.add(
          part.replace("{java}", java)
              .replace("{lib}", trainerDir.resolve("lib").toAbsolutePath().toString())
              .replace("{natives}", nativesDir.toAbsolutePath().toString()));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("HOME", nativesDir.toAbsolutePath().toString());
    Process process = builder.start();
    byte[] output = process.getInputStream().readNBytes(64 * 1024);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("the natives warm-up took more than 10 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "the natives warm-up ("
              + String.join(" ", command)
              + ") failed with status "
              + process.exitValue()
              + ":\n"
              + new String(output, StandardCharsets.UTF_8));
    }
    // Jobs run as other UIDs and read the natives through a read-only bind.
    try (var files = Files.walk(nativesDir)) {
      for (Path file : files.toList()) {
        file.toFile().setReadable(true, false);
        if (Files.isDirectory(file)) {
          file.toFile().setExecutable(true, false);
        }
      }
    }
    Files.writeString(nativesDir.resolve(DONE), "ok\n");
  }
}
