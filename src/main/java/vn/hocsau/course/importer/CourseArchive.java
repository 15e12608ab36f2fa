package vn.hocsau.course.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a pushed course (a zip of one course folder) into a fresh folder, treating the archive as
 * hostile: names must be plain relative paths (no {@code ..}, no absolute path, no backslash, no
 * control character), and the number of entries and the bytes written are capped while reading,
 * whatever the archive claims, so a zip bomb stops at the cap. The course may sit at the top of the
 * archive or inside one top folder.
 */
final class CourseArchive {

  static final int MAX_ENTRIES = 5_000;
  static final long MAX_BYTES = 200L << 20;

  /** Why an archive was refused. */
  enum Refusal {
    NOT_A_ZIP,
    UNSAFE_NAME,
    TOO_LARGE,
    NO_COURSE
  }

  /** An archive that cannot be unpacked; {@code name} is the entry at fault, if any. */
  static final class RefusedException extends Exception {
    final Refusal refusal;
    final String name;

    RefusedException(Refusal refusal, String name) {
      super(refusal + (name == null ? "" : ": " + name), null, false, false);
      this.refusal = refusal;
      this.name = name;
    }
  }

  private CourseArchive() {}

  /**
   * Unpacks {@code zip} into {@code target} (an empty folder) and returns the course folder: {@code
   * target} itself, or its one subfolder, whichever holds {@code course.yaml}.
   */
  static Path unpack(byte[] zip, Path target) throws IOException, RefusedException {
    return unpack(zip, target, MAX_BYTES);
  }

  /** Like {@link #unpack(byte[], Path)}, writing at most {@code maxBytes} in all. */
  static Path unpack(byte[] zip, Path target, long maxBytes) throws IOException, RefusedException {
    int entries = 0;
    long written = 0;
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = next(in)) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new RefusedException(Refusal.TOO_LARGE, null);
        }
        String name = entry.getName();
        if (!safe(name)) {
          throw new RefusedException(Refusal.UNSAFE_NAME, printable(name));
        }
        Path file = target.resolve(name).normalize();
        if (!file.startsWith(target)) {
          throw new RefusedException(Refusal.UNSAFE_NAME, printable(name));
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
          continue;
        }
        Files.createDirectories(file.getParent());
        written += copy(in, file, maxBytes - written);
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new RefusedException(Refusal.NOT_A_ZIP, null);
    }
    return courseFolder(target);
  }

  private static ZipEntry next(ZipInputStream in) throws IOException, RefusedException {
    try {
      return in.getNextEntry();
    } catch (ZipException | IllegalArgumentException e) {
      throw new RefusedException(Refusal.NOT_A_ZIP, null);
    }
  }

  /** Copies at most {@code room} bytes; more is a refusal, not a truncated file. */
  private static long copy(InputStream in, Path file, long room)
      throws IOException, RefusedException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      int n;
      while ((n = read(in, buffer)) > 0) {
        total += n;
        if (total > room) {
          throw new RefusedException(Refusal.TOO_LARGE, null);
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static int read(InputStream in, byte[] buffer) throws IOException, RefusedException {
    try {
      return in.read(buffer);
    } catch (ZipException e) {
      throw new RefusedException(Refusal.NOT_A_ZIP, null);
    }
  }

  static boolean safe(String name) {
    if (name.isEmpty() || name.length() > 300 || name.startsWith("/") || name.contains("\\")) {
      return false;
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return false;
    }
    for (String part : name.split("/")) {
      if (part.equals("..") || part.equals(".") || part.contains(":")) {
        return false;
      }
    }
    return true;
  }

  private static String printable(String name) {
    String shown = name.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
  }

  private static Path courseFolder(Path target) throws IOException, RefusedException {
    if (Files.isRegularFile(target.resolve("course.yaml"))) {
      return target;
    }
    try (var children = Files.list(target)) {
      List<Path> folders = children.filter(Files::isDirectory).toList();
      if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve("course.yaml"))) {
        return folders.get(0);
      }
    }
    throw new RefusedException(Refusal.NO_COURSE, null);
  }
}
