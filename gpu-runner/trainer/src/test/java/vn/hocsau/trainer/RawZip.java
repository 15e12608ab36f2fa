package vn.hocsau.trainer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so that tests can make the local headers, the data descriptors and
 * the central directory say different things, as a hostile upload would.
 */
final class RawZip {

  /** The fields one header states; tests change them to make a header lie. */
  static final class Header {
    String name;
    int flags;
    int method;
    long crc;
    long packed;
    long size;
    long offset;

    Header copy() {
      Header h = new Header();
      h.name = name;
      h.flags = flags;
      h.method = method;
      h.crc = crc;
      h.packed = packed;
      h.size = size;
      h.offset = offset;
      return h;
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Header> directory = new ArrayList<>();

  /**
   * Writes an honest local entry the way {@code ZipOutputStream} does (deflated: zero CRC and sizes
   * in the local header, then a signed data descriptor; stored: everything up front) and returns
   * its header for {@link #list}.
   */
  Header entry(String name, byte[] content, boolean deflate) {
    Header h = new Header();
    h.name = name;
    h.method = deflate ? 8 : 0;
    h.flags = deflate ? 0x0808 : 0x0800;
    CRC32 crc = new CRC32();
    crc.update(content);
    h.crc = crc.getValue();
    byte[] packed = deflate ? deflate(content) : content;
    h.packed = packed.length;
    h.size = content.length;
    if (!deflate) {
      return raw(h, packed, null);
    }
    Header local = h.copy();
    local.crc = 0;
    local.packed = 0;
    local.size = 0;
    Header written = raw(local, packed, h);
    h.offset = written.offset;
    return h;
  }

  /**
   * Writes a local header stating exactly {@code local}, then {@code packed}, then a signed data
   * descriptor stating {@code descriptor}'s CRC and sizes if it is not null.
   */
  Header raw(Header local, byte[] packed, Header descriptor) {
    Header h = local.copy();
    h.offset = out.size();
    byte[] name = h.name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer header = buffer(30 + name.length);
    header.putInt(0x04034b50).putShort((short) 20).putShort((short) h.flags);
    header.putShort((short) h.method).putShort((short) 0).putShort((short) 0);
    header.putInt((int) h.crc).putInt((int) h.packed).putInt((int) h.size);
    header.putShort((short) name.length).putShort((short) 0).put(name);
    out.writeBytes(header.array());
    out.writeBytes(packed);
    if (descriptor != null) {
      ByteBuffer d = buffer(16);
      d.putInt(0x08074b50).putInt((int) descriptor.crc);
      d.putInt((int) descriptor.packed).putInt((int) descriptor.size);
      out.writeBytes(d.array());
    }
    return h;
  }

  /** Lists {@code h} in the central directory, as it states. */
  RawZip list(Header h) {
    directory.add(h);
    return this;
  }

  /** The central directory and end record, after the local entries written so far. */
  byte[] finish() {
    int start = out.size();
    for (Header h : directory) {
      byte[] name = h.name.getBytes(StandardCharsets.UTF_8);
      ByteBuffer c = buffer(46 + name.length);
      c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20);
      c.putShort((short) h.flags)
          .putShort((short) h.method)
          .putShort((short) 0)
          .putShort((short) 0);
      c.putInt((int) h.crc).putInt((int) h.packed).putInt((int) h.size);
      c.putShort((short) name.length).putShort((short) 0).putShort((short) 0);
      c.putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) h.offset).put(name);
      out.writeBytes(c.array());
    }
    ByteBuffer end = buffer(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) directory.size()).putShort((short) directory.size());
    end.putInt(out.size() - start).putInt(start).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  static byte[] deflate(byte[] content) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    while (!deflater.finished()) {
      packed.write(chunk, 0, deflater.deflate(chunk));
    }
    deflater.end();
    return packed.toByteArray();
  }

  private static ByteBuffer buffer(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
