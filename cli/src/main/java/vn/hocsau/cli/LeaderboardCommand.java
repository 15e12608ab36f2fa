package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau leaderboard <lab> [--page n]}: one page of a lab's public leaderboard. */
@Command(name = "leaderboard", description = "Show a lab's leaderboard.")
class LeaderboardCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", description = "course/slug")
  String lab;

  @Option(names = "--page", defaultValue = "1", description = "Page number (default 1).")
  int page;

  @Override
  public Integer call() {
    LabRef ref = LabRef.parse(lab);
    if (page < 1) {
      throw new CliException(ExitCodes.USAGE, "--page starts at 1");
    }
    JsonNode board = cli.client().getJson(ref.path() + "/leaderboard?page=" + page);
    Table table = new Table("", "RANK", "NAME", "SCORE", "SUBMISSIONS");
    for (JsonNode row : board.path("rows")) {
      table.row(
          row.path("me").asBoolean(false) ? "*" : "",
          Json.text(row, "rank"),
          Json.text(row, "name"),
          Json.number(row, "score"),
          Json.text(row, "submissions"));
    }
    if (table.size() == 0) {
      cli.out.println("No entries on this page.");
    } else {
      table.print(cli.out);
    }
    cli.out.printf(
        "Page %d of %d%n",
        board.path("page").asInt(page), Math.max(1, board.path("pages").asInt(1)));
    return ExitCodes.OK;
  }
}
