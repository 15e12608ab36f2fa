package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau leaderboard <lab> [--page n | --me]}: one page of a lab's public leaderboard, or
 * with {@code --me} the caller's rank and its neighbours ({@code around=me}, across pages).
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true)
class LeaderboardCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", descriptionKey = "lab")
  String lab;

  @Option(names = "--page", defaultValue = "1", paramLabel = "<n>")
  int page;

  @Option(names = "--me")
  boolean me;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    LabRef ref = LabRef.parse(lab, m);
    if (page < 1) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.page"), m.get("hint.usage", "hocsau leaderboard"));
    }
    Route.Call call = Route.LEADERBOARD.with(ref.course(), ref.slug());
    JsonNode board = cli.client().get(me ? call.param("around", "me") : call.param("page", page));
    Table table =
        new Table(
            "", m.get("col.rank"), m.get("col.name"), m.get("col.score"), m.get("col.submissions"));
    for (JsonNode row : board.path("rows")) {
      table.row(
          row.path("me").asBoolean(false) ? "*" : "",
          Json.text(row, "rank"),
          Json.text(row, "name"),
          Json.number(row, "score"),
          Json.text(row, "submissions"));
    }
    if (me && !board.hasNonNull("myRank")) {
      cli.out.println(m.get("leaderboard.not-on", ref));
      return ExitCodes.OK;
    }
    if (table.size() == 0) {
      cli.out.println(m.get("leaderboard.empty"));
    } else {
      table.print(cli.out);
    }
    if (me) {
      cli.out.println(m.get("leaderboard.my-rank", board.path("myRank").asInt()));
    } else {
      cli.out.println(
          m.get(
              "leaderboard.page",
              board.path("page").asInt(page),
              Math.max(1, board.path("pages").asInt(1))));
    }
    return ExitCodes.OK;
  }
}
