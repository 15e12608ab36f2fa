package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.grading.PredictionProblem;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.system.i18n.Language;

/**
 * A stored problem is worded through the typed methods of the lab bundle: the arguments land in
 * their places whatever order each language's sentence puts them in, the line is said once, and a
 * stored key that no code matches reads as itself instead of failing the page.
 */
@QuarkusTest
class ProblemTextTest {

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
  void everyPredictionsProblemIsWordedInBothLanguagesWithItsArguments() {
    var samples = samples();
    assertEquals(PredictionProblem.values().length, samples.size());
    for (Language language : Language.values()) {
      for (var e : samples.values()) {
        String text = SubmissionProblem.of(e).message(language);
        assertFalse(text.contains("{"), text);
        assertFalse(text.contains("err_predictions"), "no typed message for: " + text);
        if (e.line() > 0) {
          assertTrue(text.contains("7"), text);
        }
        for (Object arg : e.args()) {
          assertTrue(text.contains(String.valueOf(arg)), language + ": " + text + " lacks " + arg);
        }
      }
    }
    assertEquals(
        "Line 7: the id “zz9” is repeated; it first appeared on line 3.",
        SubmissionProblem.of(samples().get(PredictionProblem.DUPLICATE_ID)).message(Language.EN));
  }

  @Test
  void argumentsGoToTheirPlacesByNameAndTheLineIsSaidOnce() {
    var problem =
        new SubmissionProblem("err_predictions_not_a_number", 3, List.of("prediction", "x"));
    assertEquals("Dòng 3, cột prediction: “x” không phải là một số.", problem.message(Language.VI));
    assertEquals("Line 3, column prediction: “x” is not a number.", problem.message(Language.EN));
  }

  @Test
  void everyFailedJobIsWordedAndASentenceWithoutItsLineGetsTheLineInFront() {
    for (ErrorClass c : ErrorClass.values()) {
      if (c == ErrorClass.OK) {
        continue;
      }
      String text = SubmissionProblem.jobFailed(c).message(Language.VI);
      assertFalse(text.isBlank() || text.contains("lab_job_") || text.contains("{"), text);
    }
    String plain = SubmissionProblem.jobFailed(ErrorClass.RUNTIME_ERROR).message(Language.EN);
    var atLine = new SubmissionProblem("lab_job_runtime_error", 7, List.of());
    assertEquals("Line 7: " + plain, atLine.message(Language.EN));
  }

  @Test
  void aStoredKeyNoCodeMatchesOrDamagedArgumentsReadAsTheKey() {
    String unknown = new SubmissionProblem("lab_job_melted", 0, List.of()).message(Language.EN);
    assertTrue(unknown.contains("lab_job_melted"), unknown);
    String damaged =
        new SubmissionProblem("err_predictions_wrong_columns", 2, List.of("two"))
            .message(Language.EN);
    assertTrue(damaged.contains("err_predictions_wrong_columns"), damaged);
    String unreadable = SubmissionProblem.parse("{not json").message(Language.VI);
    assertFalse(unreadable.contains("{"), unreadable);
  }
}
