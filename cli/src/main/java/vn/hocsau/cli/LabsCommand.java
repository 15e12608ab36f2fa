package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau labs}: the labs and competitions the caller can see, with their pass marks. */
@Command(name = "labs", mixinStandardHelpOptions = true)
class LabsCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    JsonNode labs = cli.client().get(Route.LABS.with());
    Table table =
        new Table(
            m.get("col.lab"),
            m.get("col.kind"),
            m.get("col.metric"),
            m.get("col.pass-mark"),
            m.get("col.deadline"),
            m.get("col.title"));
    for (JsonNode lab : labs) {
      table.row(
          Json.text(lab, "course") + "/" + Json.text(lab, "slug"),
          Json.text(lab, "kind"),
          Json.text(lab, "metric"),
          Json.number(lab, "passMark"),
          Json.text(lab, "deadline"),
          Json.text(lab, "title"));
    }
    if (table.size() == 0) {
      cli.out.println(m.get("labs.none"));
    } else {
      table.print(cli.out);
    }
    return ExitCodes.OK;
  }
}
