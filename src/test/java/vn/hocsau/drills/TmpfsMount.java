package vn.hocsau.drills;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small disk of its own for a drill: a tmpfs of a fixed size mounted on a folder (the platform's
 * upload buffer, the runners' job folders), which {@link #fill} fills to the last byte and {@link
 * #empty} frees again. Mounting needs root; the drill is skipped, saying so, where it is not.
 */
final class TmpfsMount implements AutoCloseable {

  private final Path dir;
  private final Path filler;

  private TmpfsMount(Path dir) {
    this.dir = dir;
    this.filler = dir.resolve(".drill-filler");
  }

  /** Mounts a tmpfs of {@code size} (as mount(8) reads it: "16m") on {@code dir}. */
  static TmpfsMount mount(Path dir, String size) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    int rc =
        run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "hocsau-drill", dir.toString()));
    Assumptions.assumeTrue(
        rc == 0, "drill 4 mounts a tmpfs, which needs root (mount said " + rc + ")");
    return new TmpfsMount(dir);
  }

  Path dir() {
    return dir;
  }

  /**
   * Writes to the disk until the kernel says it is full: ENOSPC for the next byte anyone writes.
   */
  void fill() throws IOException {
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(filler)) {
      int size = block.length;
      while (size > 0) {
        try {
          out.write(block, 0, size);
          out.flush();
        } catch (IOException full) {
          // Full at this block size: try smaller writes to take the last pages too.
          size /= 2;
        }
      }
    } catch (IOException closingAFullFile) {
      // Closing flushes nothing more: the disk is full either way.
    }
  }

  /** Frees what {@link #fill} took. */
  void empty() throws IOException {
    Files.deleteIfExists(filler);
  }

  /** Bytes free on the disk now. */
  long usable() throws IOException {
    return Files.getFileStore(dir).getUsableSpace();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    empty();
    if (run(List.of("umount", dir.toString())) != 0) {
      // Still in use by a process that outlived the drill: detach it now, freed when it lets go.
      run(List.of("umount", "-l", dir.toString()));
    }
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    String out = new String(p.getInputStream().readAllBytes());
    if (p.exitValue() != 0) {
      System.out.println("DRILL " + String.join(" ", command) + ": " + out.strip());
    }
    return p.exitValue();
  }
}
