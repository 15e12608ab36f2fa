package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one spelling of submission kinds outside Java, and how an unknown one is refused. */
class SubmissionKindTest {

  @Test
  void theKeysAreTheSpellingsOfLabYamlTheFormAndTheDatabase() {
    assertEquals(
        List.of("predictions", "config", "java", "dl4j-json", "dl4j-zip"), SubmissionKind.keys());
    for (SubmissionKind kind : SubmissionKind.values()) {
      assertEquals(kind, SubmissionKind.of(kind.key()));
    }
  }

  @Test
  void onlyConfigJavaAndDl4jJsonAreText() {
    assertEquals(
        List.of(SubmissionKind.CONFIG, SubmissionKind.JAVA, SubmissionKind.DL4J_JSON),
        List.of(SubmissionKind.values()).stream().filter(SubmissionKind::text).toList());
  }

  @Test
  void anUnknownKeyIsNamedWithTheKnownOnes() {
    assertTrue(SubmissionKind.fromKey("DL4J_ZIP").isEmpty());
    var e = assertThrows(IllegalArgumentException.class, () -> SubmissionKind.of("exe"));
    assertEquals(
        "unknown submission kind 'exe'; known: [predictions, config, java, dl4j-json, dl4j-zip]",
        e.getMessage());
  }
}
