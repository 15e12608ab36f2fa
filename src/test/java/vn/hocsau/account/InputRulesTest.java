package vn.hocsau.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputRulesTest {

  @Test
  void namesAreRequiredBoundedAndFreeOfControlCharacters() {
    assertEquals(Optional.of(AccountProblem.NAME_REQUIRED), InputRules.checkName(""));
    assertEquals(Optional.empty(), InputRules.checkName("Nguyễn Thị Hoa"));
    assertEquals(Optional.empty(), InputRules.checkName("ọ".repeat(100)));
    assertEquals(Optional.of(AccountProblem.NAME_TOO_LONG), InputRules.checkName("a".repeat(101)));
    assertEquals(
        Optional.of(AccountProblem.NAME_TOO_LONG), InputRules.checkName("x".repeat(10_240)));
    assertEquals(Optional.of(AccountProblem.CONTROL_CHARACTERS), InputRules.checkName("a\u0000b"));
    assertEquals(Optional.of(AccountProblem.CONTROL_CHARACTERS), InputRules.checkName("a\nb"));
    assertEquals(Optional.of(AccountProblem.INVALID_ENCODING), InputRules.checkName("H\uFFFDc"));
  }

  @Test
  void namesAreTrimmedAndComposed() {
    // "ọ" typed as o + combining dot below becomes one code point.
    assertEquals("Học", InputRules.normaliseName("  Ho\u0323c "));
  }

  @Test
  void emailsNeedOneAtAndADottedDomain() {
    assertEquals(Optional.empty(), InputRules.checkEmail("lan@example.vn"));
    assertEquals(Optional.of(AccountProblem.EMAIL_REQUIRED), InputRules.checkEmail(""));
    for (String bad : new String[] {"lan", "lan@", "@x.vn", "lan@x", "l an@x.vn", "a@b@c.vn"}) {
      assertEquals(Optional.of(AccountProblem.EMAIL_INVALID), InputRules.checkEmail(bad), bad);
    }
    assertEquals(
        Optional.of(AccountProblem.EMAIL_TOO_LONG),
        InputRules.checkEmail("a".repeat(250) + "@x.vn"));
  }

  @Test
  void passwordsHaveAtLeastTenCharactersCountedAsLetters() {
    assertEquals(Optional.of(AccountProblem.PASSWORD_REQUIRED), InputRules.checkNewPassword(""));
    assertEquals(
        Optional.of(AccountProblem.PASSWORD_TOO_SHORT), InputRules.checkNewPassword("123456789"));
    assertEquals(Optional.empty(), InputRules.checkNewPassword("1234567890"));
    // Ten Vietnamese letters are ten characters, although they are more than ten UTF-8 bytes.
    assertEquals(Optional.empty(), InputRules.checkNewPassword("mậtkhẩuđẹp"));
    assertEquals(
        Optional.of(AccountProblem.PASSWORD_TOO_LONG),
        InputRules.checkNewPassword("p".repeat(1001)));
  }

  @Test
  void checkCollectsOneProblemPerFieldInFormOrder() {
    AccountException e =
        assertThrows(
            AccountException.class,
            () ->
                new InputRules.Check()
                    .add("displayName", InputRules.checkName(""))
                    .add("email", InputRules.checkEmail("nope"))
                    .add("email", InputRules.checkEmail(""))
                    .orThrow());
    assertEquals(
        java.util.List.of("displayName", "email"), java.util.List.copyOf(e.problems().keySet()));
    assertEquals(AccountProblem.EMAIL_INVALID, e.problems().get("email"));
  }
}
