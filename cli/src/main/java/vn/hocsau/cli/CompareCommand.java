package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau compare <job> <job>…}: two to eight of the caller's jobs side by side: state, the
 * final loss and metrics (the last epoch's) in one column per job, then the lines where each job's
 * submission differs from the first one's.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
class CompareCommand implements Callable<Integer> {

  static final int MAX_JOBS = 8;

  @ParentCommand HocsauCli cli;

  @Parameters(arity = "2..8", paramLabel = "<job>", descriptionKey = "jobs")
  List<Long> jobs;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    Route.Call call = Route.JOB_COMPARE.with();
    for (Long id : new LinkedHashSet<>(jobs)) {
      call.param("id", id);
    }
    if (call.params().get("id").size() < 2) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.compare-count"), m.get("hint.usage", "hocsau compare"));
    }
    JsonNode comparison = cli.client().get(call);
    metrics(comparison.path("jobs"), m);
    diffs(comparison.path("diffs"), m);
    return ExitCodes.OK;
  }

  private void metrics(JsonNode compared, Messages m) {
    List<String> header = new ArrayList<>(List.of(""));
    List<String> states = new ArrayList<>(List.of(m.get("col.state")));
    List<String> files = new ArrayList<>(List.of(m.get("col.file")));
    List<String> epochs = new ArrayList<>(List.of(m.get("compare.epochs")));
    List<String> losses = new ArrayList<>(List.of(m.get("watch.loss")));
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode j : compared) {
      header.add(m.get("compare.job", Json.text(j, "id")));
      states.add(Text.clean(Json.text(j, "stateLabel")));
      files.add(Text.clean(Json.text(j, "fileName")));
      epochs.add(Integer.toString(j.path("metrics").size()));
      JsonNode lossesOf = j.path("losses");
      losses.add(
          lossesOf.isEmpty()
              ? "-"
              : Outcome.format(lossesOf.get(lossesOf.size() - 1).path("loss").asDouble()));
      last(j).fieldNames().forEachRemaining(names::add);
    }
    Table table = new Table(header.toArray(String[]::new));
    table.row(states.toArray());
    table.row(files.toArray());
    table.row(epochs.toArray());
    table.row(losses.toArray());
    for (String name : names) {
      List<Object> row = new ArrayList<>(List.of(Text.clean(name)));
      for (JsonNode j : compared) {
        JsonNode v = last(j).get(name);
        row.add(v == null || !v.isNumber() ? "-" : Outcome.format(v.asDouble()));
      }
      table.row(row.toArray());
    }
    table.print(cli.out);
  }

  private static JsonNode last(JsonNode job) {
    JsonNode metrics = job.path("metrics");
    return metrics.isEmpty() ? metrics : metrics.get(metrics.size() - 1);
  }

  private void diffs(JsonNode diffs, Messages m) {
    for (JsonNode d : diffs) {
      String from = Json.text(d, "from");
      String to = Json.text(d, "to");
      cli.out.println();
      if (d.path("same").asBoolean(false)) {
        cli.out.println(m.get("compare.same", from, to));
        continue;
      }
      cli.out.println(m.get("compare.diff", from, to));
      for (JsonNode line : d.path("lines")) {
        switch (line.path("op").asText("")) {
          case "REMOVED" ->
              cli.out.println(
                  m.get(
                      "compare.removed",
                      line.path("left").asInt(),
                      Text.clean(line.path("text").asText())));
          case "ADDED" ->
              cli.out.println(
                  m.get(
                      "compare.added",
                      line.path("right").asInt(),
                      Text.clean(line.path("text").asText())));
          default -> {}
        }
      }
    }
  }
}
