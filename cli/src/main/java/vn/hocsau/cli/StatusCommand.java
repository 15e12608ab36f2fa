package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau status [<lab>]}: the caller's submissions to one lab, or to every lab. */
@Command(name = "status", mixinStandardHelpOptions = true)
class StatusCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<lab>", descriptionKey = "lab")
  String lab;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    List<LabRef> labs = new ArrayList<>();
    if (lab != null) {
      labs.add(LabRef.parse(lab, m));
    } else {
      for (JsonNode l : cli.client().get(Route.LABS.with())) {
        labs.add(new LabRef(Json.text(l, "course"), Json.text(l, "slug")));
      }
    }
    Table table =
        new Table(
            m.get("col.lab"),
            m.get("col.id"),
            m.get("col.created"),
            m.get("col.kind"),
            m.get("col.status"),
            m.get("col.public"),
            m.get("col.private"),
            m.get("col.job"),
            m.get("col.message"));
    for (LabRef ref : labs) {
      for (JsonNode s : cli.client().get(Route.SUBMISSIONS.with(ref.course(), ref.slug()))) {
        table.row(
            ref,
            Json.text(s, "id"),
            Json.text(s, "createdAt"),
            Json.text(s, "kind"),
            Json.text(s, "status"),
            Json.number(s, "publicScore"),
            Json.number(s, "privateScore"),
            Json.text(s, "jobId"),
            Json.text(s, "message"));
      }
    }
    if (table.size() == 0) {
      cli.out.println(m.get("status.none"));
    } else {
      table.print(cli.out);
    }
    return ExitCodes.OK;
  }
}
