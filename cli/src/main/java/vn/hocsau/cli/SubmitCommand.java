package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau submit <lab> <file> -m "message"}: uploads a predictions file (or a zip). */
@Command(name = "submit", description = "Submit a predictions file to a lab.")
class SubmitCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", description = "course/slug, e.g. ml101/mnist")
  String lab;

  @Parameters(index = "1", paramLabel = "<file>", description = "predictions.csv or a zip")
  Path file;

  @Option(
      names = {"-m", "--message"},
      required = true,
      description = "A note to tell this submission apart (at most 200 characters).")
  String message;

  @Override
  public Integer call() {
    LabRef ref = LabRef.parse(lab);
    if (message.length() > 200) {
      throw new CliException(ExitCodes.USAGE, "The message has more than 200 characters");
    }
    JsonNode result = cli.client().submit(ref, file, message);
    String status = Json.text(result, "status");
    cli.out.printf(
        "Submission %s to %s: %s%n", Json.text(result, "id"), ref, status == null ? "?" : status);
    Double score = Json.number(result, "publicScore");
    if (score != null) {
      cli.out.println("Public score: " + Table.cell(score));
    }
    String text = Json.text(result, "message");
    if (text != null && !text.isBlank()) {
      cli.out.println(text.replaceAll("\\p{Cntrl}", " "));
    }
    return "INVALID".equals(status) ? ExitCodes.INVALID_SUBMISSION : ExitCodes.OK;
  }
}
