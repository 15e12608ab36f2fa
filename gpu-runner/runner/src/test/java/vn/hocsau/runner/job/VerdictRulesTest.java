package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.sandbox.OutputFile;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxOutcome;

/** The verdict table of docs/training-jobs.md §3, one fact at a time. */
class VerdictRulesTest {

  private static final SandboxLimits LIMITS =
      new SandboxLimits(
          Duration.ofSeconds(60), 256L << 20, 1 << 20, 1 << 20, 100, 1, 64, 30, 1024, 64);
  private static final OutputFile PREDICTIONS =
      new OutputFile(OutputFile.State.PRESENT, "id,p\n".getBytes(StandardCharsets.UTF_8), null);

  private static SandboxOutcome outcome(
      int exit, double cpu, long oom, String log, Map<String, OutputFile> out) {
    return new SandboxOutcome(exit, 1, cpu, false, false, null, oom, false, log, out);
  }

  private static ErrorClass classify(SandboxOutcome outcome) {
    return VerdictRules.classify(outcome, LIMITS).errorClass();
  }

  private static OutputFile verdictFile(String json) {
    return new OutputFile(OutputFile.State.PRESENT, json.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void exitZeroWithPredictionsIsOk() {
    assertEquals(
        ErrorClass.OK, classify(outcome(0, 1, 0, "", Map.of("predictions.csv", PREDICTIONS))));
  }

  @Test
  void exitZeroWithoutPredictionsIsInvalidOutput() {
    assertEquals(ErrorClass.INVALID_OUTPUT, classify(outcome(0, 1, 0, "", Map.of())));
  }

  @Test
  void exitCodesTwoThreeFourAreLearnerErrors() {
    assertEquals(ErrorClass.CONFIG_ERROR, classify(outcome(2, 1, 0, "", Map.of())));
    assertEquals(ErrorClass.COMPILE_ERROR, classify(outcome(3, 1, 0, "", Map.of())));
    assertEquals(ErrorClass.RUNTIME_ERROR, classify(outcome(4, 1, 0, "", Map.of())));
  }

  @Test
  void verdictJsonGivesTheMessageOnlyWhenItAgreesWithTheExitStatus() {
    OutputFile file = verdictFile("{\"errorClass\":\"CONFIG_ERROR\",\"message\":\"units < 0\"}");
    Verdict agreeing =
        VerdictRules.classify(outcome(2, 1, 0, "log", Map.of("verdict.json", file)), LIMITS);
    Verdict disagreeing =
        VerdictRules.classify(outcome(4, 1, 0, "log", Map.of("verdict.json", file)), LIMITS);

    assertEquals(Verdict.of(ErrorClass.CONFIG_ERROR, "units < 0"), agreeing);
    assertEquals(Verdict.of(ErrorClass.RUNTIME_ERROR, "log"), disagreeing);
  }

  @Test
  void aCodedVerdictKeepsItsCodeArgumentsLineColumnAndPlace() {
    Verdict verdict =
        coded(
            "\"code\":\"dsl_not_choice\",\"args\":[\"activation\",\"relu, tanh\",\"rleu\"],"
                + "\"line\":4,\"column\":7,\"place\":{\"part\":\"LAYER\",\"layer\":1}");

    assertEquals("layer 1: bad", verdict.message());
    assertEquals(
        "{\"code\":\"dsl_not_choice\",\"args\":[\"activation\",\"relu, tanh\",\"rleu\"],"
            + "\"line\":4,\"column\":7,\"place\":{\"part\":\"LAYER\",\"layer\":1}}",
        verdict.problem().toString());
  }

  @Test
  void aMalformedCodeIsDroppedButTheMessageStays() {
    for (String bad :
        java.util.List.of(
            "\"code\":\"DROP TABLE\",\"args\":[]",
            "\"code\":42",
            "\"code\":\"dsl_x\",\"args\":\"dens\"",
            "\"code\":\"dsl_x\",\"args\":[{\"a\":1}]",
            "\"code\":\"dsl_x\",\"args\":[\"" + "x".repeat(501) + "\"]")) {
      Verdict verdict = coded(bad);
      assertEquals("layer 1: bad", verdict.message(), bad);
      assertNull(verdict.problem(), bad);
    }
  }

  @Test
  void nonsensePositionsBecomeZero() {
    Verdict verdict = coded("\"code\":\"dsl_empty\",\"line\":-3,\"column\":\"7\"");

    assertEquals(0, verdict.problem().path("line").asInt());
    assertEquals(0, verdict.problem().path("column").asInt());
    assertEquals(0, verdict.problem().path("args").size());
  }

  private static Verdict coded(String fields) {
    OutputFile file =
        verdictFile(
            "{\"errorClass\":\"CONFIG_ERROR\",\"message\":\"layer 1: bad\"," + fields + "}");
    return VerdictRules.classify(outcome(2, 1, 0, "log", Map.of("verdict.json", file)), LIMITS);
  }

  @Test
  void exitThreeFromExitOnOutOfMemoryErrorIsAMemoryLimit() {
    String log = "Terminating due to java.lang.OutOfMemoryError: Java heap space\n";
    assertEquals(ErrorClass.MEMORY_LIMIT, classify(outcome(3, 1, 0, log, Map.of())));
  }

  @Test
  void sigkillIsClassifiedByWhatCausedIt() {
    assertEquals(ErrorClass.MEMORY_LIMIT, classify(outcome(137, 1, 1, "", Map.of())));
    assertEquals(ErrorClass.TIME_LIMIT, classify(outcome(137, 31, 0, "", Map.of())));
    assertEquals(ErrorClass.TIME_LIMIT, classify(outcome(152, 3, 0, "", Map.of())));
    assertEquals(ErrorClass.RUNTIME_ERROR, classify(outcome(137, 1, 0, "", Map.of())));
  }

  @Test
  void theRunnersOwnKillsComeFirst() {
    SandboxOutcome wall = new SandboxOutcome(137, 60, 1, true, false, null, 0, false, "", Map.of());
    SandboxOutcome flood = new SandboxOutcome(137, 1, 1, false, true, null, 0, false, "", Map.of());
    SandboxOutcome full = new SandboxOutcome(1, 1, 1, false, false, null, 0, true, "", Map.of());
    SandboxOutcome stopped =
        new SandboxOutcome(137, 1, 1, false, false, "cancelled", 1, false, "", Map.of());

    assertEquals(ErrorClass.TIME_LIMIT, classify(wall));
    assertEquals(ErrorClass.OUTPUT_LIMIT, classify(flood));
    assertEquals(ErrorClass.DISK_LIMIT, classify(full));
    assertEquals(ErrorClass.CANCELLED, classify(stopped));
  }
}
