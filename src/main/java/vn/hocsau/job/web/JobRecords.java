package vn.hocsau.job.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.hocsau.job.JobState;

/**
 * What the jobs API returns: the same facts the job pages show, as data rather than wording (states
 * are enum names; a {@code stateLabel} carries the caller's language where one is useful).
 */
public final class JobRecords {

  private JobRecords() {}

  /**
   * One job in the caller's list.
   *
   * @param bestMetric the best value of the main metric, e.g. {@code val_accuracy 0.91}, or empty
   * @param chargedSeconds compute time charged for the job
   */
  public record Summary(
      long id,
      String kind,
      String resource,
      JobState state,
      String stateLabel,
      String errorClass,
      String bestMetric,
      Instant queuedAt,
      Instant startedAt,
      Instant finishedAt,
      double chargedSeconds) {}

  /**
   * A page of the caller's jobs, newest first.
   *
   * @param page 1-based
   */
  public record Listing(List<Summary> jobs, int page, int pageSize, long total, boolean hasNext) {}

  /**
   * One event of a job's current attempt.
   *
   * @param id the event's cursor, {@code attempt:seq}: pass it as {@code after} (or as the SSE
   *     stream's {@code Last-Event-ID}) to get what follows
   * @param data the event's JSON; a {@code log} event carries {@code {"lines": [...]}}, sanitised
   */
  public record Event(String id, long seq, String type, @JsonRawValue String data) {}

  /**
   * The events after a cursor.
   *
   * @param restarted whether the job is on a newer attempt than the cursor named: {@code events}
   *     then start from that attempt's beginning
   * @param next the cursor to ask with next time
   * @param more whether more events are already waiting (ask again at once)
   * @param finished whether the job has ended; no events follow once it has and {@code more} is
   *     false
   */
  public record EventPage(
      JobState state,
      int attempt,
      boolean restarted,
      List<Event> events,
      String next,
      boolean more,
      boolean finished) {}

  /** The last lines the job's code logged (its current attempt), sanitised as on the job page. */
  public record Log(int attempt, List<String> lines, long lastSeq) {}

  /** One loss point of a training curve. */
  public record Point(int epoch, double loss) {}

  /**
   * One job of a comparison.
   *
   * @param fileName the submitted file's name
   * @param losses the loss per epoch of the current attempt
   * @param metrics the metrics per epoch, in epoch order
   */
  public record Compared(
      long id,
      String fileName,
      JobState state,
      String stateLabel,
      String errorClass,
      String bestMetric,
      List<Point> losses,
      List<Map<String, Double>> metrics) {}

  /**
   * The submission of one job against the first job's, line by line.
   *
   * @param same whether the two submissions are identical
   */
  public record Diff(long from, long to, boolean same, List<LineDiff.Line> lines) {}

  /** Two or more jobs side by side: their curves, and each submission diffed with the first. */
  public record Comparison(List<Compared> jobs, List<Diff> diffs) {}
}
