package vn.hocsau.system.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.hocsau.system.Sha256;

/** The token format: prefix and 256 random bits, only a digest and a hint kept. */
class TokenFormatTest {

  private static final TokenFormat FORMAT = new TokenFormat("hsx_", Sha256::hex);

  @Test
  void aTokenIsThePrefixAnd43UrlSafeCharacters() {
    TokenFormat.Secret secret = FORMAT.issue();
    assertTrue(secret.plain().matches("hsx_[A-Za-z0-9_-]{43}"), secret.plain());
    assertEquals(Sha256.hex(secret.plain()), secret.hash());
    assertEquals(secret.plain().substring(0, 8), secret.hint());
    assertNotEquals(secret.plain(), FORMAT.issue().plain());
  }

  @Test
  void onlyTokensOfThisKindAreLookedUp() {
    assertTrue(FORMAT.accepts(FORMAT.issue().plain()));
    assertFalse(FORMAT.accepts(null));
    assertFalse(FORMAT.accepts("hsk_" + "a".repeat(43)));
    assertFalse(FORMAT.accepts("hsx_" + "a".repeat(97)), "longer than any token of ours");
  }
}
