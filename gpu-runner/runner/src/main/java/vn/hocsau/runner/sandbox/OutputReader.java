package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;

/**
 * Reads files the job left in {@code /out} without trusting them. The runner is root and the job
 * chose what sits at each path, so a symlink to {@code /etc/shadow}, a hard link to another file, a
 * FIFO (which would block the reader forever) or a huge sparse file must all be refused (see Judge0
 * CVE-2024-28185). It is called only once the job's cgroup is empty, so nothing can swap the file
 * between the check and the read; {@code O_NOFOLLOW} guards the open anyway.
 */
public final class OutputReader {

  private OutputReader() {}

  /** Reads {@code dir/name} if it is a plain, singly-linked regular file of at most cap bytes. */
  public static OutputFile read(Path dir, String name, long cap) {
    Path file = dir.resolve(name);
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return OutputFile.refused(OutputFile.State.NOT_A_FILE, name + " is not a regular file");
      }
      Map<String, Object> unix =
          Files.readAttributes(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
      if (((Number) unix.get("nlink")).intValue() != 1) {
        return OutputFile.refused(OutputFile.State.NOT_A_FILE, name + " is a hard link");
      }
      if (attributes.size() > cap) {
        return OutputFile.refused(
            OutputFile.State.TOO_LARGE, name + " is larger than " + cap + " bytes");
      }
      try (InputStream in =
          Channels.newInputStream(
              Files.newByteChannel(
                  file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
        byte[] bytes = in.readNBytes((int) cap + 1);
        if (bytes.length > cap) {
          return OutputFile.refused(
              OutputFile.State.TOO_LARGE, name + " is larger than " + cap + " bytes");
        }
        return OutputFile.present(bytes);
      }
    } catch (NoSuchFileException e) {
      return OutputFile.missing();
    } catch (IOException e) {
      return OutputFile.refused(OutputFile.State.NOT_A_FILE, name + " cannot be read");
    }
  }
}
