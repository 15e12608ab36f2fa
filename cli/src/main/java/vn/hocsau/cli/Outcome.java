package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A public score judged against the lab's pass mark ({@code passMark} and {@code higherIsBetter} of
 * {@code GET /api/v1/labs}): printed, and turned into the exit code that tells a pass (0) from a
 * fail ({@link ExitCodes#NOT_PASSED}). A lab without a pass mark (a competition) counts as passed.
 */
record Outcome(int exitCode) {

  static Outcome of(HocsauCli cli, LabRef lab, double score) {
    Messages m = cli.messages;
    JsonNode info = null;
    for (JsonNode l : cli.client().get(Route.LABS.with())) {
      if (lab.course().equals(Json.text(l, "course")) && lab.slug().equals(Json.text(l, "slug"))) {
        info = l;
      }
    }
    String metric = info == null ? "" : Text.clean(Json.text(info, "metric"));
    cli.out.println(m.get("outcome.score", metric, format(score)));
    Double mark = info == null ? null : Json.number(info, "passMark");
    if (mark == null) {
      return new Outcome(ExitCodes.OK);
    }
    boolean higher = info.path("higherIsBetter").asBoolean(true);
    boolean passed = higher ? score >= mark : score <= mark;
    if (passed) {
      cli.out.println(m.get("outcome.passed", format(mark)));
      return new Outcome(ExitCodes.OK);
    }
    cli.out.println(m.get(higher ? "outcome.below" : "outcome.above", format(mark)));
    cli.out.println(m.get("hint.prefix", m.get("hint.not-passed")));
    return new Outcome(ExitCodes.NOT_PASSED);
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
