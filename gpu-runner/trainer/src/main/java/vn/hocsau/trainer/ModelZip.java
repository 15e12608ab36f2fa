package vn.hocsau.trainer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.hocsau.trainer.config.NetworkSize;
import vn.hocsau.trainer.config.SafeTree;

/**
 * A learner's DL4J model zip, read once and strictly, by this one parser. Zip readers disagree:
 * {@code ZipFile} trusts the central directory at the end, {@code ZipInputStream} (what DL4J's
 * {@code ModelSerializer} uses) walks the local headers from the start and believes whatever it
 * finds there. A file that reads differently in the two can pass a check made with one and deliver
 * other bytes to the other. So this reader accepts only zips on which both views agree exactly:
 *
 * <ul>
 *   <li>the central directory lists only {@code configuration.json}, {@code coefficients.bin} and
 *       optionally {@code updaterState.bin}, each once;
 *   <li>local entries follow each other from byte 0 up to the central directory with no gaps, so no
 *       entry exists only as a local header;
 *   <li>each local header (and data descriptor) repeats its directory entry: name, flags, method,
 *       CRC and sizes;
 *   <li>entries unpack to exactly their declared size, which is checked on the bytes actually
 *       inflated, against a limit per entry, and against their CRC.
 * </ul>
 *
 * The model is then built from the bytes returned here; nothing else reads the file.
 */
final class ModelZip {

  static final String CONFIGURATION = "configuration.json";
  static final String COEFFICIENTS = "coefficients.bin";
  static final String UPDATER_STATE = "updaterState.bin";

  /** Everything unpacked together, and the largest file accepted. */
  static final long MAX_UNPACKED_BYTES = 400L << 20;

  /**
   * The most each entry may unpack to: the JSON the parser accepts at 4 UTF-8 bytes a character;
   * the largest network's parameters in doubles plus their header; the updater's state.
   */
  private static final Map<String, Long> LIMITS =
      Map.of(
          CONFIGURATION,
          4L * SafeTree.MAX_DOCUMENT_CHARS,
          COEFFICIENTS,
          NetworkSize.MAX_PARAMETERS * Double.BYTES + 4096,
          UPDATER_STATE,
          MAX_UNPACKED_BYTES);

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int DESCRIPTOR = 0x08074b50;

  /** Data descriptor (bit 3), deflate level hints (bits 1-2), UTF-8 names (bit 11). */
  private static final int ALLOWED_FLAGS = 0x0008 | 0x0006 | 0x0800;

  private static final int HAS_DESCRIPTOR = 0x0008;
  static final int STORED = 0;
  static final int DEFLATED = 8;

  private final ByteBuffer zip;
  private final Map<String, byte[]> kept = new HashMap<>();

  private ModelZip(ByteBuffer zip) {
    this.zip = zip;
  }

  /** One entry as the central directory describes it. */
  record Entry(
      String name, int flags, int method, long crc, long packed, long size, long offset, int at) {

    boolean hasDescriptor() {
      return (flags & HAS_DESCRIPTOR) != 0;
    }
  }

  /** Reads and checks {@code file}; any problem is a {@code CONFIG_ERROR} saying what it is. */
  static ModelZip read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > MAX_UNPACKED_BYTES) {
        throw refuse("is larger than " + (MAX_UNPACKED_BYTES >> 20) + " MB");
      }
      ByteBuffer bytes =
          channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
      ModelZip zip = new ModelZip(bytes);
      zip.readAll();
      return zip;
    }
  }

  /** The checked bytes of {@code configuration.json}. */
  byte[] configuration() {
    return kept.get(CONFIGURATION);
  }

  /** The checked bytes of {@code coefficients.bin}. */
  byte[] coefficients() {
    return kept.get(COEFFICIENTS);
  }

  private void readAll() {
    int end = endOfDirectory();
    long directory = u32(end + 16);
    List<Entry> entries = directory(end, directory);
    checkLayout(entries, directory);
    for (Entry entry : entries) {
      boolean keep = !entry.name().equals(UPDATER_STATE);
      byte[] bytes = new ZipEntryData(entry, dataOf(entry)).unpack(keep);
      if (keep) {
        kept.put(entry.name(), bytes);
      }
    }
  }

  /** The end record must close the file exactly (its comment running to the last byte). */
  private int endOfDirectory() {
    int size = zip.limit();
    for (int at = size - 22; at >= Math.max(0, size - 22 - 0xffff); at--) {
      if (zip.getInt(at) == END_OF_DIRECTORY && at + 22 + u16(at + 20) == size) {
        if (at >= 20 && zip.getInt(at - 20) == ZIP64_LOCATOR) {
          throw refuse("is a Zip64 file; save the model with ModelSerializer");
        }
        if (u16(at + 4) != 0 || u16(at + 6) != 0 || u16(at + 8) != u16(at + 10)) {
          throw refuse("is split over several files");
        }
        return at;
      }
    }
    throw TrainerException.config("the model is not a zip file (no zip directory at its end)");
  }

  private List<Entry> directory(int end, long directory) {
    int count = u16(end + 10);
    if (directory + u32(end + 12) != end) {
      throw refuse("holds data between its entries' directory and its end record");
    }
    List<Entry> entries = new ArrayList<>();
    long declared = 0;
    int at = (int) directory;
    for (int i = 0; i < count; i++) {
      Entry entry = centralEntry(at);
      if (entries.stream().anyMatch(e -> e.name().equals(entry.name()))) {
        throw refuse("holds '" + entry.name() + "' twice");
      }
      entries.add(entry);
      declared += entry.size();
      at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    if (at != end) {
      throw refuse("has a damaged directory");
    }
    if (!lists(entries, CONFIGURATION) || !lists(entries, COEFFICIENTS)) {
      throw refuse("must hold " + CONFIGURATION + " and " + COEFFICIENTS);
    }
    if (declared > MAX_UNPACKED_BYTES) {
      throw refuse("unpacks to more than " + (MAX_UNPACKED_BYTES >> 20) + " MB");
    }
    return entries;
  }

  private static boolean lists(List<Entry> entries, String name) {
    return entries.stream().anyMatch(e -> e.name().equals(name));
  }

  private Entry centralEntry(int at) {
    if (at + 46 > zip.limit() || zip.getInt(at) != CENTRAL_HEADER) {
      throw refuse("has a damaged directory");
    }
    String name = name(at + 46, u16(at + 28));
    Entry entry =
        new Entry(
            name,
            u16(at + 8),
            u16(at + 10),
            u32(at + 16),
            u32(at + 20),
            u32(at + 24),
            u32(at + 42),
            at);
    if ((entry.flags() & ~ALLOWED_FLAGS) != 0) {
      throw refuse("'" + name + "' is encrypted or uses zip features a model does not need");
    }
    if (entry.method() != STORED && entry.method() != DEFLATED) {
      throw refuse("'" + name + "' is compressed with method " + entry.method() + ", not deflate");
    }
    if (entry.packed() == 0xffffffffL || entry.size() == 0xffffffffL || u16(at + 34) != 0) {
      throw refuse("is a Zip64 or multi-part file; save the model with ModelSerializer");
    }
    if (entry.method() == STORED && (entry.hasDescriptor() || entry.packed() != entry.size())) {
      throw refuse("has a stored entry '" + name + "' whose sizes disagree");
    }
    long limit = LIMITS.get(name);
    if (entry.size() > limit) {
      throw refuse(
          "'"
              + name
              + "' unpacks to "
              + entry.size()
              + " bytes, more than the "
              + limit
              + " allowed");
    }
    return entry;
  }

  /** The entry's name; only the model's own entry names are accepted. */
  private String name(int at, int length) {
    if (at + length > zip.limit()) {
      throw refuse("has a damaged directory");
    }
    byte[] bytes = new byte[length];
    zip.get(at, bytes);
    String name = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!LIMITS.containsKey(name)) {
      throw refuse(
          "holds '"
              + printable(name)
              + "'; a DL4J model zip holds only "
              + new TreeSet<>(LIMITS.keySet()));
    }
    return name;
  }

  /**
   * Local entries must tile the file from byte 0 to the directory, each repeating its directory
   * entry, so that a reader walking the local headers sees exactly the listed entries.
   */
  private void checkLayout(List<Entry> entries, long directory) {
    List<Entry> inOrder = new ArrayList<>(entries);
    inOrder.sort(Comparator.comparingLong(Entry::offset));
    long expected = 0;
    for (Entry entry : inOrder) {
      if (entry.offset() != expected) {
        throw refuse("holds data its directory does not list (at byte " + expected + ")");
      }
      expected = checkLocal(entry);
    }
    if (expected != directory) {
      throw refuse("holds data its directory does not list (at byte " + expected + ")");
    }
  }

  /** Checks one local header against the directory; returns where the next entry must start. */
  private long checkLocal(Entry entry) {
    int at = (int) entry.offset();
    String name = entry.name();
    if (at + 30 > zip.limit() || zip.getInt(at) != LOCAL_HEADER) {
      throw refuse("has no local entry for '" + name + "' where its directory says");
    }
    int nameLength = u16(at + 26);
    if (nameLength != name.length()
        || at + 30 + nameLength > zip.limit()
        || !zip.slice(at + 30, nameLength).equals(zip.slice(entry.at() + 46, nameLength))) {
      throw differs(name, "name");
    }
    if (u16(at + 6) != entry.flags()) {
      throw differs(name, "flags");
    }
    if (u16(at + 8) != entry.method()) {
      throw differs(name, "compression method");
    }
    // With a data descriptor the local header may leave CRC and sizes as 0.
    boolean zeros = entry.hasDescriptor() && u32(at + 14) == 0 && u32(at + 18) == 0;
    if (!zeros && !sameCrcAndSizes(at + 14, entry)) {
      throw differs(name, "CRC or sizes");
    }
    long end = dataStart(entry) + entry.packed();
    if (!entry.hasDescriptor()) {
      return end;
    }
    if (end + 16 <= zip.limit()
        && zip.getInt((int) end) == DESCRIPTOR
        && sameCrcAndSizes((int) end + 4, entry)) {
      return end + 16;
    }
    if (end + 12 <= zip.limit() && sameCrcAndSizes((int) end, entry)) {
      return end + 12;
    }
    throw differs(name, "data descriptor");
  }

  private boolean sameCrcAndSizes(int at, Entry entry) {
    return u32(at) == entry.crc() && u32(at + 4) == entry.packed() && u32(at + 8) == entry.size();
  }

  private long dataStart(Entry entry) {
    int at = (int) entry.offset();
    return at + 30L + u16(at + 26) + u16(at + 28);
  }

  private ByteBuffer dataOf(Entry entry) {
    long start = dataStart(entry);
    return zip.slice((int) start, (int) entry.packed());
  }

  private int u16(int at) {
    if (at < 0 || at + 2 > zip.limit()) {
      throw refuse("is cut short");
    }
    return zip.getShort(at) & 0xffff;
  }

  private long u32(int at) {
    if (at < 0 || at + 4 > zip.limit()) {
      throw refuse("is cut short");
    }
    return zip.getInt(at) & 0xffffffffL;
  }

  static TrainerException refuse(String what) {
    return TrainerException.config("the model zip " + what);
  }

  private static TrainerException differs(String name, String what) {
    return refuse(
        "is inconsistent: the local header of '"
            + name
            + "' and the directory disagree on its "
            + what);
  }

  private static String printable(String name) {
    String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
    return shown.replaceAll("[^\\x20-\\x7e…]", "?");
  }
}
