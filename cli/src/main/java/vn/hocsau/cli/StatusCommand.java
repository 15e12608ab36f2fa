package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau status [<lab>]}: the caller's submissions to one lab, or to every lab. */
@Command(name = "status", description = "Show your submissions (to one lab, or to all).")
class StatusCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<lab>", description = "course/slug")
  String lab;

  @Override
  public Integer call() {
    List<LabRef> labs = new ArrayList<>();
    if (lab != null) {
      labs.add(LabRef.parse(lab));
    } else {
      for (JsonNode l : cli.client().getJson("/api/v1/labs")) {
        labs.add(new LabRef(Json.text(l, "course"), Json.text(l, "slug")));
      }
    }
    Table table = new Table("LAB", "ID", "CREATED", "STATUS", "PUBLIC", "PRIVATE", "MESSAGE");
    for (LabRef ref : labs) {
      for (JsonNode s : cli.client().getJson(ref.path() + "/submissions")) {
        table.row(
            ref,
            Json.text(s, "id"),
            Json.text(s, "createdAt"),
            Json.text(s, "status"),
            Json.number(s, "publicScore"),
            Json.number(s, "privateScore"),
            Json.text(s, "message"));
      }
    }
    if (table.size() == 0) {
      cli.out.println("No submissions yet.");
    } else {
      table.print(cli.out);
    }
    return ExitCodes.OK;
  }
}
