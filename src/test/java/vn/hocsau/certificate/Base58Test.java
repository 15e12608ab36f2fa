package vn.hocsau.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Base58btc against published vectors (draft-msporny-base58 and Bitcoin's test set). */
class Base58Test {

  @Test
  void knownVectorsEncodeAndDecode() {
    String[][] vectors = {
      {"", ""},
      {"68656c6c6f20776f726c64", "StV1DL6CwTryKyV"}, // "hello world"
      {"0000287fb4cd", "11233QC4"},
      {"00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"},
      {"0000", "11"},
      {"ff", "5Q"},
    };
    for (String[] v : vectors) {
      byte[] bytes = HexFormat.of().parseHex(v[0]);
      assertEquals(v[1], Base58.encode(bytes), v[0]);
      assertArrayEquals(bytes, Base58.decode(v[1]), v[1]);
    }
    assertEquals(
        "2NEpo7TZRRrLZSi2U", Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)));
    assertThrows(IllegalArgumentException.class, () -> Base58.decode("0OIl"));
  }

  @Test
  void anEd25519MultikeyStartsWithZ6Mk() {
    // Every Ed25519 Multikey (0xed 0x01 + 32 bytes) begins "z6Mk": a quick check of the prefix.
    String key = OpenBadges.multikey(Ed25519.generate().getPublic());
    assertTrue(key.startsWith("z6Mk"), key);
    assertEquals(34, Base58.decode(key.substring(1)).length);
  }
}
