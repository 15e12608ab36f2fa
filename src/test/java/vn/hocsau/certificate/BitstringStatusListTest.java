package vn.hocsau.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The status list encoding, read back the way the W3C text describes it. */
class BitstringStatusListTest {

  @Test
  void bitZeroIsTheFirstBytesMostSignificantBitAndTheListIs16KiB() throws Exception {
    String encoded = BitstringStatusList.encode(List.of(0, 9, BitstringStatusList.SIZE - 1));
    assertTrue(encoded.startsWith("u"), "multibase base64url");
    assertFalse(encoded.contains("="), "no padding");
    byte[] bits =
        new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
            .readAllBytes();
    assertEquals(16 * 1024, bits.length);
    assertEquals((byte) 0x80, bits[0]);
    assertEquals((byte) 0x40, bits[1]);
    assertEquals((byte) 0x01, bits[bits.length - 1]);
    assertTrue(BitstringStatusList.isSet(encoded, 9));
    assertFalse(BitstringStatusList.isSet(encoded, 8));
  }

  @Test
  void indexesOutsideTheListAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.encode(List.of(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> BitstringStatusList.encode(List.of(BitstringStatusList.SIZE)));
  }

  @Test
  void positionsAreDistinctWithinAListAndSpreadOut() {
    Set<Integer> seen = new HashSet<>();
    for (long seq = 0; seq < BitstringStatusList.SIZE; seq++) {
      StatusListEntry e = StatusListEntry.of(seq);
      assertEquals(1, e.list());
      assertTrue(seen.add(e.index()), "index used twice: " + e.index());
    }
    assertEquals(new StatusListEntry(2, 0), StatusListEntry.of(BitstringStatusList.SIZE));
    int a = StatusListEntry.of(1).index();
    int b = StatusListEntry.of(2).index();
    assertTrue(Math.abs(a - b) > 1000, "consecutive certificates are far apart: " + a + ", " + b);
  }
}
