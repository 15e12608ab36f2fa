package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code hocsau cancel <job>}: cancels a queued or running job; an ended job stays as it is. */
@Command(name = "cancel", mixinStandardHelpOptions = true)
class CancelCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<job>", descriptionKey = "job")
  long job;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    JsonNode page = cli.client().post(Route.JOB_CANCEL.with(job));
    String id = Long.toString(job);
    String label = Text.clean(Json.text(page, "stateLabel"));
    if ("CANCELLED".equals(Json.text(page, "state"))) {
      cli.out.println(m.get("cancel.done", id));
    } else if (page.path("cancelRequested").asBoolean(false)) {
      cli.out.println(m.get("cancel.requested", id, label));
    } else {
      cli.out.println(m.get("cancel.ended", id, label));
    }
    return ExitCodes.OK;
  }
}
