package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * How a finished job ended, for {@code watch}: the platform's verdict in words, and for a job that
 * succeeded the submission's score against the lab's pass mark ({@link Outcome}). The score is read
 * from the learner's submissions to the lab (the job's lab, when not known, is found among the
 * labs); grading follows the end of the job, so a submission still PENDING is read again for up to
 * {@link #GRADING}.
 */
final class JobVerdict {

  static final Duration GRADING = Duration.ofSeconds(30);

  private final HocsauCli cli;
  private final Messages m;

  JobVerdict(HocsauCli cli) {
    this.cli = cli;
    this.m = cli.messages;
  }

  int report(long id, LabRef lab) {
    String job = Long.toString(id);
    JsonNode page = cli.client().get(Route.JOB.with(id));
    String state = Json.text(page, "state");
    String verdict = Text.clean(Json.text(page, "verdict"));
    cli.out.println(m.get("verdict.state", job, Text.clean(Json.text(page, "stateLabel"))));
    if (!verdict.isEmpty()) {
      cli.out.println(m.get("verdict.text", verdict));
    }
    String message = Text.cleanLines(Json.text(page, "message"));
    if (!"SUCCEEDED".equals(state)) {
      if (!message.isBlank()) {
        cli.out.println(message.strip());
      }
      cli.out.println(m.get("hint.prefix", m.get("hint.job-failed", job)));
      return ExitCodes.JOB_FAILED;
    }
    Found found = submission(id, lab);
    if (found == null) {
      return ExitCodes.OK; // a job that is not a lab submission: nothing to score
    }
    JsonNode s = found.submission();
    String status = Json.text(s, "status");
    if ("SCORED".equals(status) && Json.number(s, "publicScore") != null) {
      return Outcome.of(cli, found.lab(), Json.number(s, "publicScore")).exitCode();
    }
    cli.out.println(
        m.get("verdict.submission", Text.clean(status), Text.clean(Json.text(s, "message"))));
    cli.out.println(m.get("hint.prefix", m.get("hint.job-failed", job)));
    return ExitCodes.JOB_FAILED;
  }

  private record Found(LabRef lab, JsonNode submission) {}

  private Found submission(long jobId, LabRef lab) {
    Instant deadline = Instant.now().plus(GRADING);
    Duration wait = JobWatcher.FIRST_WAIT;
    while (true) {
      Found found = lab != null ? find(lab, jobId) : search(jobId);
      if (found == null
          || !"PENDING".equals(Json.text(found.submission(), "status"))
          || Instant.now().isAfter(deadline)) {
        return found;
      }
      lab = found.lab();
      cli.pause(wait);
      wait = wait.multipliedBy(2);
    }
  }

  private Found search(long jobId) {
    for (JsonNode l : cli.client().get(Route.LABS.with())) {
      Found found = find(new LabRef(Json.text(l, "course"), Json.text(l, "slug")), jobId);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private Found find(LabRef lab, long jobId) {
    for (JsonNode s : cli.client().get(Route.SUBMISSIONS.with(lab.course(), lab.slug()))) {
      if (s.path("jobId").asLong(-1) == jobId) {
        return new Found(lab, s);
      }
    }
    return null;
  }
}
