package vn.hocsau.runner.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Downloaded dataset files and submission zips, named by SHA-256 and read-only, shared by all jobs.
 * A download is checked against the expected hash and size before it enters the cache, so a cached
 * file is always exactly what the payload named.
 */
public final class BlobCache {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Largest blob accepted when the payload gives no size (a submission zip). */
  static final long MAX_UNSIZED = 512L << 20;

  private final Path dir;
  private final PlatformClient client;
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  /** A cache in {@code dir}, filled from the platform. */
  public BlobCache(Path dir, PlatformClient client) throws IOException {
    this.dir = dir;
    this.client = client;
    Files.createDirectories(dir);
    // Slot UIDs must reach the files through their binds, but never list the cache.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
  }

  /** Whether a text is a lower-case SHA-256 in hex. */
  public static boolean isSha256(String text) {
    return text != null && SHA256.matcher(text).matches();
  }

  /**
   * The cached file for a blob, downloading it first if needed.
   *
   * @param size the expected size, or -1 when unknown (then at most {@link #MAX_UNSIZED})
   * @throws IOException when the download fails or does not match {@code sha256} and {@code size}
   */
  public Path get(String sha256, long size) throws IOException, InterruptedException {
    if (!isSha256(sha256)) {
      throw new IOException("not a SHA-256: " + sha256);
    }
    Path file = dir.resolve(sha256);
    synchronized (locks.computeIfAbsent(sha256, key -> new Object())) {
      if (Files.isRegularFile(file) && (size < 0 || Files.size(file) == size)) {
        return file;
      }
      Path partial = Files.createTempFile(dir, sha256, ".part");
      try {
        download(sha256, size, partial);
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("r--r--r--"));
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return file;
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  private void download(String sha256, long size, Path partial)
      throws IOException, InterruptedException {
    MessageDigest digest = sha256Digest();
    long written = 0;
    long cap = size < 0 ? MAX_UNSIZED : size;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = client.blob(sha256);
        OutputStream out = Files.newOutputStream(partial)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        if (written > cap) {
          throw new IOException(
              "blob " + sha256 + " is larger than the expected " + cap + " bytes");
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if ((size >= 0 && written != size) || !actual.equals(sha256)) {
      throw new IOException(
          "blob " + sha256 + " arrived as " + written + " bytes with SHA-256 " + actual);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
