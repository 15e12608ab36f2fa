package vn.hocsau.e2e;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A small dataset folder cut from Debian's Fashion-MNIST ({@code apt-get install
 * dataset-fashion-mnist}): the first {@code train} training rows and the first {@code test} test
 * rows, as gzipped IDX files with a {@code dataset.yaml} in the format of courses/README.md, so the
 * platform registers it like any dataset and a runner trains on it in seconds.
 */
final class FashionMnistSubset {

  /** Where Debian's package puts the files. */
  static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

  private static final String[] FILES = {
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz"
  };

  private FashionMnistSubset() {}

  /** Whether Debian's files are there. */
  static boolean installed() {
    for (String name : FILES) {
      if (!Files.isRegularFile(DEBIAN.resolve(name))) {
        return false;
      }
    }
    return true;
  }

  /** Writes the dataset {@code slug} into {@code datasetsRoot/slug}; returns that folder. */
  static Path write(Path datasetsRoot, String slug, int train, int test) throws IOException {
    Path folder = Files.createDirectories(datasetsRoot.resolve(slug));
    for (String name : FILES) {
      copyRows(DEBIAN.resolve(name), folder.resolve(name), name.startsWith("train") ? train : test);
    }
    Files.writeString(
        folder.resolve("dataset.yaml"),
        """
        title: Fashion-MNIST, %d/%d rows (tests)
        format: idx
        task: classification
        numClasses: 10
        inputShape: [1, 28, 28]
        files:
          train-features: %s
          train-labels: %s
          test-features: %s
          test-labels: %s
        split: {publicFraction: 0.3, seed: 2017}
        """
            .formatted(train, test, FILES[0], FILES[1], FILES[2], FILES[3]));
    return folder;
  }

  /**
   * Copies the header of an IDX file with its first dimension set to {@code rows}, then those rows
   * (IDX: magic with the number of dimensions in its last byte, one int per dimension, bytes).
   */
  private static void copyRows(Path from, Path to, int rows) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(from)));
        OutputStream file = Files.newOutputStream(to);
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(file))) {
      int magic = in.readInt();
      int dimensions = magic & 0xff;
      int available = in.readInt();
      if (available < rows) {
        throw new IOException(from + " has " + available + " rows, fewer than " + rows);
      }
      out.writeInt(magic);
      out.writeInt(rows);
      long rowBytes = 1;
      for (int d = 1; d < dimensions; d++) {
        int size = in.readInt();
        out.writeInt(size);
        rowBytes *= size;
      }
      out.write(in.readNBytes(Math.toIntExact(rowBytes * rows)));
    }
  }
}
