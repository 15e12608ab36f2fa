package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A size-capped tmpfs mounted on a host folder and bound into a sandbox ({@code /out}, {@code
 * /tmp}). Unlike a tmpfs made inside the sandbox, the runner can still read it after the job exits,
 * and can tell whether the job filled it. Mounting needs root or CAP_SYS_ADMIN.
 */
public final class ScratchMount implements AutoCloseable {

  private final Path dir;

  private ScratchMount(Path dir) {
    this.dir = dir;
  }

  /**
   * Mounts a fresh, empty tmpfs owned by {@code uid} on {@code dir}; {@code exec} allows running
   * files from it.
   */
  public static ScratchMount mount(Path dir, long bytes, long inodes, int uid, boolean exec)
      throws IOException {
    Files.createDirectories(dir);
    if (isMounted(dir)) {
      // Left behind by a runner that crashed; its content belongs to a dead job.
      Commands.run(List.of("umount", "-l", dir.toString()));
    }
    String options =
        "size="
            + bytes
            + ",nr_inodes="
            + inodes
            + ",mode=0700,uid="
            + uid
            + ",gid="
            + uid
            + ",nosuid,nodev"
            // /tmp stays executable: libraries such as JNA unpack native code there.
            + (exec ? "" : ",noexec");
    Commands.run(List.of("mount", "-t", "tmpfs", "-o", options, "hocsau-scratch", dir.toString()));
    return new ScratchMount(dir);
  }

  /** The mounted folder. */
  public Path dir() {
    return dir;
  }

  /**
   * Whether the job (nearly) filled the file system: less than 1% or 64 KiB of space left, or no
   * free inodes.
   */
  public boolean isFull() throws IOException {
    String[] parts =
        Commands.run(List.of("stat", "-f", "-c", "%a %S %b %d", dir.toString())).strip().split(" ");
    long freeBlocks = Long.parseLong(parts[0]);
    long blockSize = Long.parseLong(parts[1]);
    long totalBlocks = Long.parseLong(parts[2]);
    long freeInodes = Long.parseLong(parts[3]);
    long free = freeBlocks * blockSize;
    return freeInodes == 0 || free < 64 * 1024 || freeBlocks * 100 < totalBlocks;
  }

  @Override
  public void close() throws IOException {
    if (isMounted(dir)) {
      try {
        Commands.run(List.of("umount", dir.toString()));
      } catch (IOException e) {
        Commands.run(List.of("umount", "-l", dir.toString()));
      }
    }
  }

  /**
   * Lazily unmounts every scratch mount under {@code slotsDir}{@code /<slot>/} whose slot folder
   * name {@code owned} accepts: what a runner killed mid-job left behind. Returns how many.
   */
  public static int unmountLeftovers(Path slotsDir, Predicate<String> owned) throws IOException {
    Path slots = slotsDir.toAbsolutePath().normalize();
    int unmounted = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/mounts"), StandardCharsets.UTF_8)) {
      String[] fields = line.split(" ");
      if (fields.length < 2) {
        continue;
      }
      Path target = Path.of(fields[1]);
      if (target.startsWith(slots)
          && target.getNameCount() == slots.getNameCount() + 2
          && owned.test(target.getName(slots.getNameCount()).toString())
          // A folder mounted twice is listed twice; the first unmount may have taken both.
          && isMounted(target)) {
        Commands.run(List.of("umount", "-l", target.toString()));
        unmounted++;
      }
    }
    return unmounted;
  }

  /** Whether something is mounted on {@code dir}. */
  public static boolean isMounted(Path dir) throws IOException {
    String target = " " + dir.toAbsolutePath() + " ";
    return Files.readAllLines(Path.of("/proc/self/mounts"), StandardCharsets.UTF_8).stream()
        .anyMatch(line -> line.contains(target));
  }
}
