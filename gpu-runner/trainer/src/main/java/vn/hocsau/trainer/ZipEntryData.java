package vn.hocsau.trainer;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Unpacks one entry of a {@link ModelZip}, trusting nothing it declares: the bytes actually
 * inflated are counted and inflation stops one byte past the declared size, so a small header in
 * front of a zip bomb costs at most its declared size (already within its limit). The compressed
 * stream must end exactly at the entry's compressed size and the result must match its CRC.
 */
final class ZipEntryData {

  private static final int CHUNK = 64 * 1024;

  private final ModelZip.Entry entry;
  private final ByteBuffer packed;

  ZipEntryData(ModelZip.Entry entry, ByteBuffer packed) {
    this.entry = entry;
    this.packed = packed;
  }

  /** The entry's bytes, or {@code null} after checking them when {@code keep} is false. */
  byte[] unpack(boolean keep) {
    CRC32 crc = new CRC32();
    byte[] out = keep ? new byte[(int) entry.size()] : null;
    if (entry.method() == ModelZip.STORED) {
      byte[] bytes = out != null ? out : new byte[(int) entry.size()];
      packed.get(0, bytes);
      crc.update(bytes);
    } else {
      inflate(out, crc);
    }
    if (crc.getValue() != entry.crc()) {
      throw damaged("its checksum does not match");
    }
    return out;
  }

  private void inflate(byte[] out, CRC32 crc) {
    Inflater inflater = new Inflater(true);
    byte[] scratch = new byte[CHUNK];
    long produced = 0;
    try {
      inflater.setInput(packed);
      while (!inflater.finished()) {
        // Fill the result up to the declared size; anything beyond goes to scratch and fails.
        boolean intoOut = out != null && produced < out.length;
        byte[] target = intoOut ? out : scratch;
        int from = intoOut ? (int) produced : 0;
        int length = intoOut ? (int) Math.min(out.length - produced, CHUNK) : CHUNK;
        int n = inflater.inflate(target, from, length);
        if (n == 0 && !inflater.finished()) {
          throw damaged("its compressed data is cut short");
        }
        crc.update(target, from, n);
        produced += n;
        if (produced > entry.size()) {
          throw ModelZip.refuse(
              "is inconsistent: '"
                  + entry.name()
                  + "' unpacks to more than the "
                  + entry.size()
                  + " bytes its header declares");
        }
      }
      if (inflater.getRemaining() != 0) {
        throw damaged("it has data after its compressed stream");
      }
      if (produced != entry.size()) {
        throw ModelZip.refuse(
            "is inconsistent: '"
                + entry.name()
                + "' unpacks to "
                + produced
                + " bytes, not the "
                + entry.size()
                + " its header declares");
      }
    } catch (DataFormatException e) {
      throw damaged("its compressed data is invalid (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
  }

  private TrainerException damaged(String why) {
    return ModelZip.refuse("is damaged: '" + entry.name() + "': " + why);
  }
}
