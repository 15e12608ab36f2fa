package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau logs <job>}: the last lines the job's code logged (its current attempt). */
@Command(name = "logs", mixinStandardHelpOptions = true)
class LogsCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<job>", descriptionKey = "job")
  long job;

  @Override
  public Integer call() {
    JsonNode log = cli.client().get(Route.JOB_LOG.with(job));
    if (log.path("lines").isEmpty()) {
      cli.out.println(cli.messages.get("logs.none", Long.toString(job)));
    }
    for (JsonNode line : log.path("lines")) {
      cli.out.println(Text.clean(line.asText()));
    }
    return ExitCodes.OK;
  }
}
