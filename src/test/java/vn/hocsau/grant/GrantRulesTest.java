package vn.hocsau.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The form rules of an application that need no database. */
class GrantRulesTest {

  @Test
  void numbersMustBeWholeAndInRange() {
    assertEquals(3, GrantApplications.number(" 3 ", 8, GrantException.Problem.WEEKS_INVALID));
    for (String bad : new String[] {null, "", "0", "9", "2.5", "-1", "x"}) {
      GrantException e =
          assertThrows(
              GrantException.class,
              () -> GrantApplications.number(bad, 8, GrantException.Problem.WEEKS_INVALID));
      assertEquals(GrantException.Problem.WEEKS_INVALID, e.problem());
      assertEquals(422, e.status());
    }
  }

  @Test
  void aLetterIsCountedInComposedCharactersWithoutControls() {
    // "ế" typed as e + two combining marks is one character once composed.
    String decomposed = "Nghie\u0302\u0301n cu\u031b\u0301u\u0000\r\n";
    assertEquals("Nghiến cứu", GrantApplications.clean(decomposed));
    assertEquals("", GrantApplications.clean(null));
  }
}
