package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau jobs [--page n]}: the caller's training jobs, newest first. */
@Command(name = "jobs", mixinStandardHelpOptions = true)
class JobsCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Option(names = "--page", defaultValue = "1", paramLabel = "<n>")
  int page;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    if (page < 1) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.page"), m.get("hint.usage", "hocsau jobs"));
    }
    JsonNode listing = cli.client().get(Route.JOBS.with().param("page", page));
    Table table =
        new Table(
            m.get("col.id"),
            m.get("col.state"),
            m.get("col.kind"),
            m.get("col.best"),
            m.get("col.queued"),
            m.get("col.finished"));
    for (JsonNode j : listing.path("jobs")) {
      table.row(
          Json.text(j, "id"),
          Json.text(j, "stateLabel"),
          Json.text(j, "kind"),
          Json.text(j, "bestMetric"),
          Json.text(j, "queuedAt"),
          Json.text(j, "finishedAt"));
    }
    if (table.size() == 0) {
      cli.out.println(m.get("jobs.none"));
      return ExitCodes.OK;
    }
    table.print(cli.out);
    if (listing.path("hasNext").asBoolean(false)) {
      cli.out.println(m.get("jobs.more", page + 1));
    }
    return ExitCodes.OK;
  }
}
