package vn.hocsau.runner.sandbox;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The host's system folders a bwrap sandbox sees, read-only. It is the smallest view the trainer
 * (the JDK, DL4J's native libraries, {@code javac}) and a learner's shell commands need: programs
 * and shared libraries, never data. {@code /usr/share}, {@code /usr/local}, {@code /opt}, {@code
 * /srv}, {@code /var}, {@code /home} and everything else of the host stay out, so a dataset
 * installed there (Debian's {@code /usr/share/datasets}, say) is invisible inside, test labels
 * included.
 *
 * <p>The platform refuses at import a dataset whose hidden files lie under one of these folders
 * ({@code hocsau.labs.sandbox-visible-paths}); keep the two lists in step.
 */
public final class SystemView {

  /** The folders of {@code /usr} bound when present. */
  public static final List<String> USR_FOLDERS =
      List.of(
          "/usr/bin",
          "/usr/sbin",
          "/usr/lib",
          "/usr/lib32",
          "/usr/lib64",
          "/usr/libx32",
          "/usr/libexec",
          "/usr/share/zoneinfo");

  /** The top-level folders: links into {@code /usr} on merged-/usr systems, else bound. */
  public static final List<String> TOP_FOLDERS =
      List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

  private SystemView() {}

  /** Whether {@code path} (absolute, normalised) is inside a folder this view binds. */
  public static boolean covers(Path path) {
    Path p = path.toAbsolutePath().normalize();
    for (String folder : USR_FOLDERS) {
      if (p.startsWith(folder)) {
        return true;
      }
    }
    for (String folder : TOP_FOLDERS) {
      if (p.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  /** Adds the bwrap options that build this view to {@code args}. */
  static void addTo(List<String> args) {
    for (String folder : USR_FOLDERS) {
      if (Files.isDirectory(Path.of(folder), LinkOption.NOFOLLOW_LINKS)) {
        args.addAll(List.of("--ro-bind", folder, folder));
      } else if (Files.isSymbolicLink(Path.of(folder))) {
        link(args, Path.of(folder));
      }
    }
    for (String folder : TOP_FOLDERS) {
      Path top = Path.of(folder);
      if (Files.isSymbolicLink(top)) {
        link(args, top);
      } else if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
        args.addAll(List.of("--ro-bind", folder, folder));
      }
    }
  }

  /** Merged-/usr systems make /lib a symlink; recreate it as one. */
  private static void link(List<String> args, Path link) {
    try {
      args.addAll(List.of("--symlink", Files.readSymbolicLink(link).toString(), link.toString()));
    } catch (java.io.IOException e) {
      // An unreadable link is left out; the program then fails to start, visibly.
    }
  }
}
