package vn.hocsau.lab;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import vn.hocsau.lab.PreparedDataset.BadDataset;
import vn.hocsau.lab.PreparedDataset.NamedBytes;

/**
 * Cuts a training file to its first rows ({@code trainRows} in {@code dataset.yaml}), so a lab can
 * train on a small part of a packaged dataset without a copy of it in the repository. The test
 * files are never cut.
 */
final class TrainRows {

  private TrainRows() {}

  /**
   * The first {@code rows} items of an IDX file of unsigned bytes (gzipped or not), written
   * uncompressed; a {@code .gz} name loses its suffix, since the bytes are no longer gzip.
   */
  static NamedBytes idx(NamedBytes file, int rows) throws IOException, BadDataset {
    byte[] raw = file.bytes();
    InputStream in = new ByteArrayInputStream(raw);
    if (raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
      in = new GZIPInputStream(in);
    }
    try (DataInputStream data = new DataInputStream(in)) {
      int magic = data.readInt();
      int dims = magic & 0xff;
      if ((magic >>> 8) != 0x08 || dims < 1 || dims > 4) {
        throw new BadDataset(file.name() + ": not an IDX file of unsigned bytes");
      }
      int count = data.readInt();
      long itemSize = 1;
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(header);
      out.writeInt(magic);
      out.writeInt(Math.min(rows, count));
      for (int d = 1; d < dims; d++) {
        int size = data.readInt();
        itemSize *= size;
        out.writeInt(size);
      }
      if (rows > count) {
        throw new BadDataset(
            file.name() + ": trainRows is " + rows + " but the file has " + count + " rows");
      }
      long bytes = itemSize * rows;
      if (bytes > Integer.MAX_VALUE - 64) {
        throw new BadDataset(file.name() + ": trainRows asks for more than 2 GB");
      }
      byte[] items = data.readNBytes((int) bytes);
      if (items.length != bytes) {
        throw new BadDataset(file.name() + ": the file is shorter than its header says");
      }
      out.write(items);
      String name =
          file.name().endsWith(".gz")
              ? file.name().substring(0, file.name().length() - 3)
              : file.name();
      return new NamedBytes(name, header.toByteArray());
    }
  }

  /** The header and the first {@code rows} non-blank rows of a CSV training file. */
  static NamedBytes csv(NamedBytes file, int rows) throws BadDataset {
    String[] lines = new String(file.bytes(), StandardCharsets.UTF_8).split("\r?\n");
    StringBuilder out = new StringBuilder(lines[0]).append('\n');
    int kept = 0;
    for (int i = 1; i < lines.length && kept < rows; i++) {
      if (!lines[i].isBlank()) {
        out.append(lines[i]).append('\n');
        kept++;
      }
    }
    if (kept < rows) {
      throw new BadDataset(
          file.name() + ": trainRows is " + rows + " but the file has " + kept + " rows");
    }
    return new NamedBytes(file.name(), out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
