package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Stand-ins for the files a platform keeps hidden (test labels), put where datasets live on real
 * hosts, and the real ones this machine has, for the sandbox's "find any hidden file" attack.
 */
final class HiddenFiles {

  /** Host folders where an operator might keep a dataset; none of them may show in a sandbox. */
  private static final List<String> PLACES =
      List.of(
          "/usr/share/datasets",
          "/usr/share",
          "/usr/local/share",
          "/usr/local",
          "/usr/include",
          "/opt",
          "/srv",
          "/var/lib",
          "/var/tmp",
          "/home",
          "/root",
          "/tmp",
          "/etc");

  private HiddenFiles() {}

  /** Writes one file of unique random bytes in a new folder under each place; returns them. */
  static List<Path> plant() throws IOException {
    Random random = new Random();
    List<Path> files = new ArrayList<>();
    for (String place : PLACES) {
      if (!Files.isDirectory(Path.of(place))) {
        continue;
      }
      Path dir = Files.createTempDirectory(Path.of(place), "hocsau-hidden-");
      byte[] labels = new byte[1000 + random.nextInt(9000)];
      random.nextBytes(labels);
      files.add(Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels));
    }
    return files;
  }

  /** Deletes what {@link #plant} wrote. */
  static void remove(List<Path> planted) throws IOException {
    for (Path file : planted) {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    }
  }

  /**
   * The hidden files of the datasets on this machine: Debian's Fashion-MNIST test labels and the
   * repository's CSV test files (which hold the labels), when present.
   */
  static List<Path> installedDatasets() throws IOException {
    List<Path> files = new ArrayList<>();
    Path fashion = Path.of("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz");
    if (Files.isRegularFile(fashion)) {
      files.add(fashion);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path datasets = dir.resolve("datasets");
      if (Files.isDirectory(datasets)) {
        try (Stream<Path> all = Files.walk(datasets, 2)) {
          all.filter(p -> p.getFileName().toString().equals("test.csv")).forEach(files::add);
        }
        break;
      }
    }
    return files;
  }

  /** {@code size:sha256} of the file's bytes, and of its content when it is gzipped. */
  static List<String> fingerprints(Path file) throws IOException {
    List<String> fingerprints = new ArrayList<>();
    fingerprints.add(fingerprint(Files.readAllBytes(file)));
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        fingerprints.add(fingerprint(in.readAllBytes()));
      }
    }
    return fingerprints;
  }

  static String fingerprint(byte[] bytes) {
    try {
      return bytes.length
          + ":"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
