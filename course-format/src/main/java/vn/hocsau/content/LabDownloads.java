package vn.hocsau.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.hocsau.system.Sha256;

/**
 * Reads the files a lab folder offers as downloads: every file of {@code starter/} and the optional
 * {@code sample_submission.csv}. The import stores their bytes, and the lab page serves them from
 * there, so nothing is read from a replica's disk at request time.
 *
 * <p>Lab folders are reviewed content, but they are still read like untrusted input: only plain
 * names, no symbolic links (a link could publish {@code reference/} or a host file), no folders
 * inside {@code starter/}, and size limits. Everything else in the folder, such as {@code
 * reference/}, is never read here.
 */
public final class LabDownloads {

  /** The sample predictions file, at the top of the lab folder. */
  static final String SAMPLE = "sample_submission.csv";

  /** The folder of starter files. */
  static final String STARTER = "starter";

  /** A stored download name: a plain file name, as the download route accepts it. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

  static final long MAX_FILE = 1L << 20;
  static final long MAX_TOTAL = 8L << 20;
  static final int MAX_FILES = 20;

  /** One download: its name, its role ({@code starter} or {@code sample}) and its bytes. */
  public record Download(String name, String role, byte[] bytes) {}

  private LabDownloads() {}

  /**
   * The downloads of {@code folder}; problems go to {@code problems} as {@code file:1: message},
   * with {@code prefix} (the lab folder as named in problems, ending in {@code /}) before the file.
   */
  static List<Download> read(Path folder, String prefix, Problems problems) {
    List<Download> downloads = new ArrayList<>();
    Path starter = folder.resolve(STARTER);
    if (Files.exists(starter, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(starter, LinkOption.NOFOLLOW_LINKS)) {
        problems.error(prefix + STARTER, 1, "starter must be a folder of the lab, not a link");
      } else {
        List<Path> files = list(starter, prefix, problems);
        if (files.size() > MAX_FILES) {
          problems.error(prefix + STARTER, 1, "at most " + MAX_FILES + " starter files");
          return downloads;
        }
        for (Path file : files) {
          add(file, prefix + STARTER + "/", "starter", downloads, problems);
        }
      }
    }
    Path sample = folder.resolve(SAMPLE);
    if (Files.exists(sample, LinkOption.NOFOLLOW_LINKS)) {
      if (downloads.stream().anyMatch(d -> d.name().equals(SAMPLE))) {
        problems.error(
            prefix + STARTER + "/" + SAMPLE, 1, "a starter file may not be named " + SAMPLE);
      } else {
        add(sample, prefix, "sample", downloads, problems);
      }
    }
    long total = downloads.stream().mapToLong(d -> d.bytes().length).sum();
    if (total > MAX_TOTAL) {
      problems.error(prefix + STARTER, 1, "the downloads take more than 8 MiB in all");
    }
    return downloads;
  }

  /** What the downloads add to a lab's content hash: empty when it has none, as before them. */
  static String hashPart(List<Download> downloads) {
    StringBuilder part = new StringBuilder();
    for (Download d : downloads) {
      part.append('\u0000').append(d.role()).append(d.name()).append(Sha256.hex(d.bytes()));
    }
    return part.toString();
  }

  private static List<Path> list(Path starter, String prefix, Problems problems) {
    try (Stream<Path> entries = Files.list(starter)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      problems.error(prefix + STARTER, 1, "cannot read the starter folder: " + e.getMessage());
      return List.of();
    }
  }

  private static void add(
      Path file, String where, String role, List<Download> downloads, Problems problems) {
    String name = file.getFileName().toString();
    String shown = where + name;
    if (!NAME.matcher(name).matches()) {
      problems.error(
          shown, 1, "download names are plain names like network.yaml, got '" + name + "'");
      return;
    }
    try {
      // NOFOLLOW_LINKS: a link is refused, never read, whatever it points at.
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.error(shown, 1, "a download must be a plain file (not a folder or a link)");
        return;
      }
      if (Files.size(file) > MAX_FILE) {
        problems.error(shown, 1, "a download may take at most 1 MiB");
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > MAX_FILE) {
        problems.error(shown, 1, "a download may take at most 1 MiB");
        return;
      }
      downloads.add(new Download(name, role, bytes));
    } catch (IOException e) {
      problems.error(shown, 1, "cannot read: " + e.getMessage());
    }
  }
}
