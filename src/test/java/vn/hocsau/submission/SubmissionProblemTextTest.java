package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.i18n.Language;

/**
 * A stored problem is translated with its arguments in the right places, whatever order the
 * language's sentence puts them in, and names its line once.
 */
class SubmissionProblemTextTest {

  @Test
  void argumentsGoToTheirPlaceholdersByNameAndTheLineIsSaidOnce() {
    var problem =
        new SubmissionProblem("err_predictions_not_a_number", 3, List.of("prediction", "x"));
    assertEquals("Dòng 3, cột prediction: “x” không phải là một số.", problem.message(Language.VI));
    assertEquals("Line 3, column prediction: “x” is not a number.", problem.message(Language.EN));
  }

  @Test
  void aSentenceWithoutItsLineGetsTheLineInFront() {
    var problem = new SubmissionProblem("lab_job_runtime_error", 7, List.of());
    String text = LabMessages.translate(Language.EN, "lab_job_runtime_error", List.of());
    assertEquals("Line 7: " + text, problem.message(Language.EN));
  }

  @Test
  void aKeyWithoutATypedMethodStillFillsItsPlaceholdersInOrder() {
    assertEquals(
        "Dòng 4: văn bản",
        LabMessages.translate(Language.VI, "lab_problem_at_line", List.of("4", "văn bản")));
  }
}
