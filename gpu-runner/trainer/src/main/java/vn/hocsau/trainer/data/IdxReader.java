package vn.hocsau.trainer.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files of unsigned bytes, gzipped or not (detected by the gzip magic, not
 * the name). Image bytes are scaled to {@code [0,1]}.
 */
final class IdxReader {

  private static final int UNSIGNED_BYTE = 0x08;
  private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

  private IdxReader() {}

  /** The images as flat rows of floats in [0,1]; each image must hold {@code rowSize} values. */
  static float[] images(Path file, int rowSize, int[] countOut) throws IOException {
    try (DataInputStream in = open(file)) {
      int[] dims = header(in, file);
      long perRow = 1;
      for (int d = 1; d < dims.length; d++) {
        perRow *= dims[d];
      }
      if (perRow != rowSize) {
        throw new IllegalStateException(
            file.getFileName() + " holds items of " + perRow + " values, the lab says " + rowSize);
      }
      long total = (long) dims[0] * perRow;
      if (total > MAX_VALUES) {
        throw new IllegalStateException(file.getFileName() + " is too large to load");
      }
      byte[] bytes = new byte[(int) total];
      in.readFully(bytes);
      float[] values = new float[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        values[i] = (bytes[i] & 0xff) / 255f;
      }
      countOut[0] = dims[0];
      return values;
    }
  }

  /** The labels: one unsigned byte per item. */
  static int[] labels(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      int[] dims = header(in, file);
      if (dims.length != 1) {
        throw new IllegalStateException(file.getFileName() + " is not a one-dimensional IDX file");
      }
      byte[] bytes = new byte[dims[0]];
      in.readFully(bytes);
      int[] labels = new int[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        labels[i] = bytes[i] & 0xff;
      }
      return labels;
    }
  }

  private static DataInputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1f && second == 0x8b) {
      in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return new DataInputStream(in);
  }

  private static int[] header(DataInputStream in, Path file) throws IOException {
    int magic = in.readInt();
    int type = (magic >> 8) & 0xff;
    int rank = magic & 0xff;
    if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || rank < 1 || rank > 4) {
      throw new IllegalStateException(
          file.getFileName() + " is not an IDX file of unsigned bytes (magic " + magic + ")");
    }
    int[] dims = new int[rank];
    for (int d = 0; d < rank; d++) {
      dims[d] = in.readInt();
      if (dims[d] < 1) {
        throw new IllegalStateException(file.getFileName() + " has a bad dimension " + dims[d]);
      }
    }
    return dims;
  }
}
