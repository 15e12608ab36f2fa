package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau labs}: the labs and competitions the caller can see. */
@Command(name = "labs", description = "List labs and competitions.")
class LabsCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Override
  public Integer call() {
    JsonNode labs = cli.client().getJson("/api/v1/labs");
    Table table = new Table("LAB", "KIND", "METRIC", "DEADLINE", "TITLE");
    for (JsonNode lab : labs) {
      table.row(
          Json.text(lab, "course") + "/" + Json.text(lab, "slug"),
          Json.text(lab, "kind"),
          Json.text(lab, "metric"),
          Json.text(lab, "deadline"),
          Json.text(lab, "title"));
    }
    if (table.size() == 0) {
      cli.out.println("No labs.");
    } else {
      table.print(cli.out);
    }
    return ExitCodes.OK;
  }
}
