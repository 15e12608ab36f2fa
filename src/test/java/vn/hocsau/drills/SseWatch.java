package vn.hocsau.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A learner's browser watching one job page: reads {@code /api/v1/jobs/{id}/events/stream} with the
 * learner's token, line by line, and keeps when each event (and keep-alive comment) arrived and how
 * the stream ended: after the job's {@code end} event (a stream that did its work), or cut short.
 */
final class SseWatch implements Runnable {

  /** One line of the stream that carried something: an event's name or a comment. */
  record Line(Instant at, String what) {}

  private final URI site;
  private final String token;
  private final long jobId;
  private final List<Line> lines = new ArrayList<>();
  private volatile String ending = "still open";
  private volatile int status;

  SseWatch(URI site, String token, long jobId) {
    this.site = site;
    this.token = token;
    this.jobId = jobId;
  }

  @Override
  public void run() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(site.resolve("/api/v1/jobs/" + jobId + "/events/stream"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .header("Accept-Language", "vi")
            .build();
    try {
      HttpResponse<Stream<String>> response =
          http.send(request, HttpResponse.BodyHandlers.ofLines());
      status = response.statusCode();
      Iterator<String> it = response.body().iterator();
      boolean ended = false;
      while (it.hasNext()) {
        String line = it.next();
        if (line.startsWith("event:") || line.startsWith(":")) {
          synchronized (lines) {
            lines.add(new Line(Instant.now(), line));
          }
          ended |= line.equals("event: end") || line.equals("event:end");
        }
      }
      ending = ended ? "end" : "closed before the job's end event";
    } catch (IOException | RuntimeException e) {
      ending = "broken: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ending = "interrupted";
    }
  }

  long jobId() {
    return jobId;
  }

  int status() {
    return status;
  }

  /** "end", "still open", or how it broke. */
  String ending() {
    return ending;
  }

  /** How many events or comments arrived between {@code from} and {@code to}. */
  long linesBetween(Instant from, Instant to) {
    synchronized (lines) {
      return lines.stream().filter(l -> !l.at().isBefore(from) && !l.at().isAfter(to)).count();
    }
  }

  List<Line> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public String toString() {
    return "stream of job "
        + jobId
        + " ("
        + status
        + ", "
        + lines().size()
        + " lines, "
        + ending
        + ")";
  }
}
