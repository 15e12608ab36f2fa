package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;

/**
 * Follows a training job live by polling the jobs API's JSON page of events after a cursor ({@code
 * GET /api/v1/jobs/{id}/events?after=attempt:seq}), not the SSE stream: each poll is a short GET
 * the client already retries on network errors and 5xx, a lost connection resumes from the cursor
 * with nothing special, and proxies that buffer event streams do not stall it. Polls back off from
 * {@link #FIRST_WAIT} to {@link #LONGEST_WAIT} while nothing happens, and come again at once when
 * the server says more events are waiting. While the job is queued, the job itself is read for its
 * place in the queue. When the job ends, {@link JobVerdict} prints how, with the score.
 */
final class JobWatcher {

  static final Duration FIRST_WAIT = Duration.ofMillis(300);
  static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

  private final HocsauCli cli;
  private final Messages m;
  private final ProgressLine progress;

  JobWatcher(HocsauCli cli) {
    this.cli = cli;
    this.m = cli.messages;
    this.progress = new ProgressLine(m, cli.terminal.tty());
  }

  /** Follows job {@code id} to its end; {@code lab} may be null (then it is looked up). */
  int watch(long id, LabRef lab) {
    String job = Long.toString(id);
    JsonNode first = cli.client().get(Route.JOB.with(id));
    cli.out.println(
        m.get(
            "watch.header",
            job,
            Text.clean(Json.text(first, "kind")),
            Text.clean(Json.text(first, "resource"))));
    cli.out.flush();
    String cursor = null;
    Long lastAhead = null;
    String lastState = null;
    Duration wait = FIRST_WAIT;
    while (true) {
      Route.Call call = Route.JOB_EVENTS.with(id);
      if (cursor != null) {
        call.param("after", cursor);
      }
      JsonNode page = cli.client().get(call);
      String state = Json.text(page, "state");
      if ("QUEUED".equals(state)) {
        lastAhead = queued(id, lastAhead);
      } else if (!Objects.equals(state, lastState) && "RUNNING".equals(state)) {
        cli.out.println(m.get("watch.running", page.path("attempt").asInt()));
      }
      lastState = state;
      if (cursor != null && page.path("restarted").asBoolean(false)) {
        cli.out.println(m.get("watch.restarted", page.path("attempt").asInt()));
      }
      boolean any = false;
      for (JsonNode event : page.path("events")) {
        print(event);
        any = true;
      }
      cursor = page.path("next").asText(cursor);
      cli.out.flush();
      boolean more = page.path("more").asBoolean(false);
      if (page.path("finished").asBoolean(false) && !more) {
        return new JobVerdict(cli).report(id, lab);
      }
      if (more) {
        continue;
      }
      wait = any ? FIRST_WAIT : longer(wait);
      cli.pause(wait);
    }
  }

  private Long queued(long id, Long lastAhead) {
    JsonNode job = cli.client().get(Route.JOB.with(id));
    Long ahead = job.hasNonNull("jobsAhead") ? job.get("jobsAhead").asLong() : null;
    if (ahead != null && !ahead.equals(lastAhead)) {
      String eta = Json.text(job, "eta");
      cli.out.println(
          eta == null
              ? m.get("watch.queued", ahead)
              : m.get("watch.queued-eta", ahead, Text.clean(eta)));
    }
    return ahead;
  }

  private void print(JsonNode event) {
    JsonNode data = event.path("data");
    switch (event.path("type").asText("")) {
      case "started" ->
          cli.out.println(
              m.get(
                  "watch.started",
                  data.path("epochs").asInt(),
                  data.path("examples").asLong(),
                  data.path("parameters").asLong(),
                  Text.clean(data.path("backend").asText("?"))));
      case "epoch" -> cli.out.println(progress.of(data));
      case "log" -> {
        for (JsonNode line : data.path("lines")) {
          String text = Text.clean(line.asText());
          if (!text.isEmpty()) {
            cli.out.println("  | " + text);
          }
        }
      }
      case "finished" ->
          cli.out.println(
              m.get(
                  "watch.finished",
                  String.format(
                      java.util.Locale.ROOT, "%.1f", data.path("elapsedSeconds").asDouble())));
      default -> {}
    }
  }

  private static Duration longer(Duration wait) {
    Duration next = wait.multipliedBy(3).dividedBy(2);
    return next.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : next;
  }
}
