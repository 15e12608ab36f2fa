package vn.hocsau.runner.sandbox;

import java.util.Map;

/**
 * The facts about a finished sandbox run, from which the runner derives the verdict.
 *
 * @param exitCode the program's exit status; 128 + signal when a signal killed it
 * @param wallSeconds time from start to exit
 * @param cpuSeconds CPU time of the whole process tree (from the cgroup when there is one)
 * @param wallTimeExceeded the runner killed it at the wall-time limit
 * @param outputLimitExceeded the runner killed it for printing more than the log cap
 * @param stopReason why another thread stopped it (cancel, drain), or {@code null}
 * @param oomKills times the cgroup's OOM killer fired during the run
 * @param diskFull {@code /tmp} or {@code /out} was (nearly) full at the end
 * @param log the last lines of stdout and stderr
 * @param outputs the requested files of {@code /out}, read safely after the run
 */
public record SandboxOutcome(
    int exitCode,
    double wallSeconds,
    double cpuSeconds,
    boolean wallTimeExceeded,
    boolean outputLimitExceeded,
    String stopReason,
    long oomKills,
    boolean diskFull,
    String log,
    Map<String, OutputFile> outputs) {

  /** Copies the outputs. */
  public SandboxOutcome {
    outputs = Map.copyOf(outputs);
  }

  /** The named output; {@link OutputFile.State#MISSING} when it was not requested or absent. */
  public OutputFile output(String name) {
    return outputs.getOrDefault(name, OutputFile.missing());
  }
}
