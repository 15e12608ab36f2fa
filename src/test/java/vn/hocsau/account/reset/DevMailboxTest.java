package vn.hocsau.account.reset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dev mailbox hands out reset links, so it opens in the dev profile with mock mail only. */
class DevMailboxTest {

  @Test
  void servedInTheDevProfileWithMockMailOnly() {
    assertTrue(DevMailbox.servedIn(List.of("dev"), true));
    assertFalse(DevMailbox.servedIn(List.of("dev"), false), "real SMTP: mail left the machine");
    assertFalse(DevMailbox.servedIn(List.of("prod"), true));
    assertFalse(DevMailbox.servedIn(List.of("dev", "prod"), true));
    assertFalse(DevMailbox.servedIn(List.of("prod", "dev"), true));
    assertFalse(DevMailbox.servedIn(List.of("test"), true));
    assertFalse(DevMailbox.servedIn(List.of("keycloak", "prod"), true));
  }
}
