package vn.hocsau.runner.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.runner.job.Payloads;

/** Blobs enter the cache only when hash and size match what the payload named. */
class BlobCacheTest {

  private final FakePlatform platform = new FakePlatform();
  @TempDir Path dir;

  BlobCacheTest() throws IOException {}

  @AfterEach
  void close() {
    platform.close();
  }

  private BlobCache cache() throws IOException {
    return new BlobCache(
        dir.resolve("blobs"), new PlatformClient(platform.url(), FakePlatform.TOKEN));
  }

  @Test
  void aMatchingBlobIsCachedReadOnlyAndReused() throws Exception {
    byte[] bytes = "hello".getBytes();
    String sha = Payloads.sha256(bytes);
    platform.blobs.put(sha, bytes);
    BlobCache cache = cache();

    Path file = cache.get(sha, bytes.length);
    platform.blobs.clear();

    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertEquals(
        "r--r--r--",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(file, cache.get(sha, bytes.length));
  }

  @Test
  void wrongContentWrongSizeAndMissingBlobsAreRejected() throws Exception {
    String sha = Payloads.sha256("expected".getBytes());
    platform.blobs.put(sha, "tampered".getBytes());
    BlobCache cache = cache();

    IOException wrongHash = assertThrows(IOException.class, () -> cache.get(sha, 8));
    assertTrue(wrongHash.getMessage().contains("SHA-256"), wrongHash.getMessage());
    assertThrows(IOException.class, () -> cache.get(sha, 3));
    assertThrows(ApiException.class, () -> cache.get(Payloads.sha256(new byte[1]), 1));
    assertThrows(IOException.class, () -> cache.get("../../etc/passwd", 1));
    try (var files = Files.list(dir.resolve("blobs"))) {
      assertEquals(0, files.count(), "nothing half-downloaded is left in the cache");
    }
  }

  @Test
  void anUnsizedBlobIsCachedUpToTheCap() throws Exception {
    byte[] zip = new byte[100_000];
    new java.util.Random(3).nextBytes(zip);
    String sha = Payloads.sha256(zip);
    platform.blobs.put(sha, zip);

    Path file = cache().get(sha, -1);

    assertArrayEquals(zip, Files.readAllBytes(file));
  }
}
