package vn.hocsau.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.i18n.LabsMessages;

/** Every refusal reads as a sentence in both languages, with its line and its arguments. */
@QuarkusTest
class PredictionProblemTextTest {

  private static Map<PredictionProblem, PredictionFileException> samples() {
    var m = new EnumMap<PredictionProblem, PredictionFileException>(PredictionProblem.class);
    put(m, PredictionProblem.TOO_LARGE, 7);
    put(m, PredictionProblem.EMPTY, 0);
    put(m, PredictionProblem.NOT_UTF8, 7);
    put(m, PredictionProblem.BAD_HEADER, 7, "id,prediction", "id,pred");
    put(m, PredictionProblem.WRONG_COLUMNS, 7, 2, 3);
    put(m, PredictionProblem.UNKNOWN_ID, 7, "zz9");
    put(m, PredictionProblem.DUPLICATE_ID, 7, "zz9", 3L);
    put(m, PredictionProblem.NOT_A_NUMBER, 7, "p1", "abc");
    put(m, PredictionProblem.NOT_FINITE, 7, "p1");
    put(m, PredictionProblem.OUT_OF_RANGE, 7, "p1", "1.5");
    put(m, PredictionProblem.BAD_PROBABILITY_SUM, 7, 0.75);
    put(m, PredictionProblem.MISSING_IDS, 0, 12, "zz9");
    return m;
  }

  private static void put(
      Map<PredictionProblem, PredictionFileException> m,
      PredictionProblem p,
      long line,
      Object... args) {
    m.put(p, new PredictionFileException(p, line, args));
  }

  @Test
  void everyProblemHasATextInBothLanguages() {
    var samples = samples();
    assertEquals(PredictionProblem.values().length, samples.size());
    for (String lang : new String[] {"vi", "en"}) {
      LabsMessages msg = MessageBundles.get(LabsMessages.class, Localized.Literal.of(lang));
      for (var e : samples.values()) {
        String text = PredictionProblemText.describe(msg, e);
        assertFalse(text.contains("{"), text);
        if (e.line() > 0) {
          assertTrue(text.contains("7"), text);
        }
        for (Object arg : e.args()) {
          assertTrue(text.contains(String.valueOf(arg)), lang + ": " + text + " lacks " + arg);
        }
      }
    }
    LabsMessages en = MessageBundles.get(LabsMessages.class, Localized.Literal.of("en"));
    assertEquals(
        "Line 7: the id “zz9” is repeated; it first appeared on line 3.",
        PredictionProblemText.describe(en, samples.get(PredictionProblem.DUPLICATE_ID)));
  }
}
