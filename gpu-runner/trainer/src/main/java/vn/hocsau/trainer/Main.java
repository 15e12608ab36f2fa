package vn.hocsau.trainer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The trainer's entry point inside the sandbox: {@code java -cp 'lib/*' vn.hocsau.trainer.Main /job
 * /out}. Exit status 0 means predictions were written; 2, 3 and 4 are the learner-caused {@code
 * CONFIG_ERROR}, {@code COMPILE_ERROR} and {@code RUNTIME_ERROR}, each with {@code
 * /out/verdict.json}; anything else is a crash for the runner to classify.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    StartupTimes.mark("main");
    if (args.length != 2) {
      System.err.println("usage: vn.hocsau.trainer.Main <job dir> <out dir>");
      System.exit(64);
    }
    int status = run(Path.of(args[0]), Path.of(args[1]));
    // Exit explicitly: learner code may have left non-daemon threads behind.
    System.exit(status);
  }

  /**
   * Runs one job with the memory budget the runner set ({@code -Dhocsau.gc-at-bytes}, none if
   * unset); returns the exit status.
   */
  public static int run(Path jobDir, Path outDir) {
    return run(jobDir, outDir, MemoryBudget.fromSystemProperty());
  }

  /** Runs one job with a memory budget of {@code budgetBytes} (0: none). Tests call this. */
  static int run(Path jobDir, Path outDir, long budgetBytes) {
    return run(jobDir, outDir, new MemoryBudget(budgetBytes));
  }

  private static int run(Path jobDir, Path outDir, MemoryBudget memory) {
    Path eventsFile = outDir.resolve("events.jsonl");
    try (EventWriter events = openEvents(eventsFile)) {
      try {
        NativeSetup.configure();
        new JobRun(JobSpec.read(jobDir), outDir, events, memory).run();
        return 0;
      } catch (TrainerException e) {
        writeVerdict(outDir, e);
        safeLog(events, e.errorClass() + ": " + e.getMessage());
        System.err.println(e.errorClass() + ": " + e.getMessage());
        return e.errorClass().exitStatus();
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("trainer failed: " + e);
      e.printStackTrace();
      return 1;
    }
  }

  private static EventWriter openEvents(Path file) throws IOException {
    // ASCII-only lines (JsonText escapes the rest), appended so learner writes never truncate ours.
    return new EventWriter(
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                StandardCharsets.US_ASCII)));
  }

  private static void safeLog(EventWriter events, String message) {
    try {
      events.log(message);
    } catch (IOException e) {
      // The verdict file carries the message; a full /out must not hide the exit status.
    }
  }

  static void writeVerdict(Path outDir, TrainerException e) {
    StringBuilder json = new StringBuilder("{\"errorClass\":");
    JsonText.appendString(json, e.errorClass().name());
    json.append(",\"message\":");
    String message = e.getMessage() == null ? "" : e.getMessage();
    JsonText.appendString(json, message.length() > 4000 ? message.substring(0, 4000) : message);
    if (e.problem() != null) {
      appendProblem(json, e.problem());
    }
    json.append("}\n");
    try {
      Files.writeString(outDir.resolve("verdict.json"), json, StandardCharsets.US_ASCII);
    } catch (IOException io) {
      System.err.println("cannot write verdict.json: " + io);
    }
  }

  /** The code and arguments of docs/training-jobs.md, section 3: the platform translates these. */
  private static void appendProblem(StringBuilder json, CodedProblem problem) {
    json.append(",\"code\":");
    JsonText.appendString(json, problem.code());
    json.append(",\"args\":[");
    for (int i = 0; i < problem.args().size(); i++) {
      json.append(i == 0 ? "" : ",");
      JsonText.appendString(json, problem.args().get(i));
    }
    json.append("],\"line\":").append(problem.line());
    json.append(",\"column\":").append(problem.column());
    if (problem.place() != null) {
      json.append(",\"place\":{\"part\":");
      JsonText.appendString(json, problem.place().part().name());
      json.append(",\"layer\":").append(problem.place().layer());
      if (problem.place().type() != null) {
        json.append(",\"type\":");
        JsonText.appendString(json, problem.place().type());
      }
      json.append('}');
    }
  }
}
