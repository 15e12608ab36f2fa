package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.hocsau.system.web.SafeRedirect;

class SafeRedirectTest {

  @Test
  void keepsLocalPaths() {
    assertEquals("/profile", SafeRedirect.localPath("/profile"));
    assertEquals("/courses?q=h%E1%BB%8Dc", SafeRedirect.localPath("/courses?q=h%E1%BB%8Dc"));
  }

  @Test
  void refusesEverythingThatLeavesTheSite() {
    for (String evil :
        new String[] {
          null,
          "",
          "https://evil.example",
          "//evil.example",
          "/\\evil.example",
          "javascript:alert(1)",
          "/ok\r\nSet-Cookie: x=y",
          "\t//evil.example",
          "/" + "a".repeat(600)
        }) {
      assertEquals("/", SafeRedirect.localPath(evil), String.valueOf(evil));
    }
  }
}
