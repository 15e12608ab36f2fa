package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import vn.hocsau.runner.sandbox.OutputFile;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxOutcome;

/**
 * Turns the facts of a sandbox run into a verdict, following the table in docs/training-jobs.md §3.
 * The runner's own observations (its kills, the cgroup's OOM counter, CPU time) come first; what
 * the job wrote ({@code verdict.json}) is believed only for learner-caused classes and only when
 * the exit status agrees, because learner code shares the trainer's JVM and can write that file
 * too.
 */
public final class VerdictRules {

  /** Printed by HotSpot when -XX:+ExitOnOutOfMemoryError fires; it then exits with status 3. */
  static final String JVM_OOM_EXIT = "Terminating due to java.lang.OutOfMemoryError";

  static final String OOM = "java.lang.OutOfMemoryError";
  private static final int SIGKILL_STATUS = 128 + 9;
  private static final int SIGXCPU_STATUS = 128 + 24;
  private static final int LOG_IN_MESSAGE = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private VerdictRules() {}

  /**
   * Classifies a finished run.
   *
   * @param outcome the sandbox's facts
   * @param limits the limits the job ran under, for messages and the CPU-time rule
   */
  public static Verdict classify(SandboxOutcome outcome, SandboxLimits limits) {
    if (outcome.stopReason() != null) {
      return Verdict.of(ErrorClass.CANCELLED, outcome.stopReason());
    }
    if (outcome.wallTimeExceeded()) {
      return Verdict.of(
          ErrorClass.TIME_LIMIT,
          "stopped after the time limit of " + limits.wallTime().toSeconds() + " s");
    }
    if (outcome.outputLimitExceeded()) {
      return Verdict.of(
          ErrorClass.OUTPUT_LIMIT,
          "printed more than " + limits.logBytes() + " bytes to stdout/stderr");
    }
    return switch (outcome.exitCode()) {
      case 0 -> succeeded(outcome);
      case 2 -> learnerError(outcome, ErrorClass.CONFIG_ERROR);
      case 3 ->
          outcome.log().contains(JVM_OOM_EXIT)
              ? memory(limits)
              : learnerError(outcome, ErrorClass.COMPILE_ERROR);
      case 4 -> learnerError(outcome, ErrorClass.RUNTIME_ERROR);
      default -> crashed(outcome, limits);
    };
  }

  private static Verdict succeeded(SandboxOutcome outcome) {
    OutputFile predictions = outcome.output(JobFiles.PREDICTIONS);
    return switch (predictions.state()) {
      case PRESENT -> Verdict.of(ErrorClass.OK, null);
      case TOO_LARGE -> Verdict.of(ErrorClass.OUTPUT_LIMIT, predictions.problem());
      case NOT_A_FILE -> Verdict.of(ErrorClass.INVALID_OUTPUT, predictions.problem());
      case MISSING ->
          outcome.diskFull()
              ? Verdict.of(ErrorClass.DISK_LIMIT, "/tmp or /out is full; no predictions written")
              : Verdict.of(ErrorClass.INVALID_OUTPUT, "the trainer wrote no predictions.csv");
    };
  }

  private static Verdict learnerError(SandboxOutcome outcome, ErrorClass byExitStatus) {
    String message = null;
    ObjectNode problem = null;
    OutputFile file = outcome.output(JobFiles.VERDICT);
    if (file.isPresent()) {
      try {
        JsonNode verdict = JSON.readTree(file.bytes());
        if (verdict != null
            && byExitStatus.name().equals(verdict.path("errorClass").asText())
            && verdict.path("message").isTextual()) {
          message = verdict.path("message").asText();
          problem = TrainerProblem.of(verdict);
        }
      } catch (IOException e) {
        // Not JSON: fall back to the log below.
      }
    }
    return message != null
        ? new Verdict(byExitStatus, message, problem)
        : Verdict.of(byExitStatus, logTail(outcome));
  }

  private static Verdict crashed(SandboxOutcome outcome, SandboxLimits limits) {
    int status = outcome.exitCode();
    // Only the kernel's CPU rlimit sends SIGXCPU (a job faking it only hurts itself); a SIGKILL
    // counts as the rlimit's hard kill when the job really used that much CPU.
    if (status == SIGXCPU_STATUS
        || (status == SIGKILL_STATUS && outcome.cpuSeconds() >= limits.cpuSeconds())) {
      return Verdict.of(
          ErrorClass.TIME_LIMIT,
          "used more than the CPU-time limit of " + limits.cpuSeconds() + " s");
    }
    if (outcome.oomKills() > 0 || outcome.log().contains(OOM)) {
      return memory(limits);
    }
    if (outcome.diskFull()) {
      return Verdict.of(ErrorClass.DISK_LIMIT, "/tmp or /out is full\n" + logTail(outcome));
    }
    return Verdict.of(
        ErrorClass.RUNTIME_ERROR,
        "the trainer ended with status " + status + "\n" + logTail(outcome));
  }

  private static Verdict memory(SandboxLimits limits) {
    return Verdict.of(
        ErrorClass.MEMORY_LIMIT,
        "ran out of memory (limit " + (limits.memoryBytes() >> 20) + " MiB)");
  }

  private static String logTail(SandboxOutcome outcome) {
    String log = outcome.log();
    return log.length() <= LOG_IN_MESSAGE ? log : log.substring(log.length() - LOG_IN_MESSAGE);
  }
}
