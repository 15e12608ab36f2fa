package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau submit <lab> <file…> [--kind k] [-m note] [--watch]}: uploads predictions (scored
 * at once) or a model to train (queued as a job, followed live with {@code --watch}). The kind
 * comes from the files ({@link SubmissionKinds}) unless {@code --kind} names it.
 */
@Command(name = "submit", mixinStandardHelpOptions = true)
class SubmitCommand implements Callable<Integer> {

  static final int MAX_NOTE = 500;

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", descriptionKey = "lab")
  String lab;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", descriptionKey = "files")
  List<Path> files;

  @Option(names = "--kind", paramLabel = "<kind>")
  String kind;

  @Option(
      names = {"-m", "--message"},
      paramLabel = "<note>")
  String message;

  @Option(names = "--watch")
  boolean watch;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    LabRef ref = LabRef.parse(lab, m);
    String chosen = kind == null ? SubmissionKinds.detect(files) : kind.toLowerCase(Locale.ROOT);
    if (chosen == null) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.kind-unknown", files.get(0)), m.get("hint.kind"));
    }
    if (!SubmissionKinds.ALL.contains(chosen)) {
      throw new CliException(ExitCodes.USAGE, m.get("error.kind-bad", kind), m.get("hint.kind"));
    }
    if (message != null && message.length() > MAX_NOTE) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.note-long", MAX_NOTE), m.get("hint.note-long"));
    }
    JsonNode result = cli.client().submit(ref, files, chosen, message);
    long id = result.path("id").asLong();
    String status = Json.text(result, "status");
    Long jobId = result.hasNonNull("jobId") ? result.get("jobId").asLong() : null;
    if (jobId != null) {
      cli.out.println(m.get("submit.queued", Long.toString(id), ref, chosen, Long.toString(jobId)));
      if (!watch) {
        cli.out.println(m.get("submit.follow", Long.toString(jobId)));
        return ExitCodes.OK;
      }
      return new JobWatcher(cli).watch(jobId, ref);
    }
    cli.out.println(m.get("submit.done", Long.toString(id), ref, status == null ? "?" : status));
    Double score = Json.number(result, "publicScore");
    if (score != null) {
      Outcome verdict = Outcome.of(cli, ref, score);
      return watch ? verdict.exitCode() : ExitCodes.OK;
    }
    return ExitCodes.OK;
  }
}
