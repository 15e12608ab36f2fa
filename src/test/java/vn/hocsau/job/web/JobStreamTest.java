package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.Verdict;
import vn.hocsau.support.TestAccounts;

/**
 * The live stream over real HTTP: events in seq order, new ones pushed as soon as a runner's batch
 * commits (well before the 20 s keep-alive), the end of the job, and resuming from Last-Event-ID.
 */
@QuarkusTest
class JobStreamTest {

  /** Well under the keep-alive: an event seen within this was pushed, not found by a re-read. */
  private static final Duration PUSH = Duration.ofSeconds(8);

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject JobStreams streams;
  @Inject ObjectMapper json;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Long owner;
  private Long runner;

  record Sse(String event, String id, String data) {}

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    owner = fixtures.learner();
    runner = fixtures.runner();
  }

  @Test
  void eventsArriveInOrderLiveAndTheStreamEndsWithTheJob() throws Exception {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    append(id, job.attempt(), 0, "started", "{\"epochs\": 3}");
    append(id, job.attempt(), 1, "epoch", "{\"epoch\": 1, \"loss\": 0.9}");
    append(id, job.attempt(), 2, "epoch", "{\"epoch\": 2, \"loss\": 0.6}");

    BlockingQueue<Sse> received = open(id, null);
    assertEquals("reset", next(received).event());
    assertEquals("state", next(received).event());
    assertEquals(List.of("1:0", "1:1", "1:2"), ids(received, 3));

    append(id, job.attempt(), 3, "epoch", "{\"epoch\": 3, \"loss\": 0.4}");
    Sse live = next(received);
    assertEquals("epoch", live.event());
    assertEquals("1:3", live.id());
    assertEquals(3, json.readTree(live.data()).get("epoch").asInt());

    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.OK, null));
    Sse state = next(received);
    assertEquals("state", state.event());
    assertEquals("SUCCEEDED", json.readTree(state.data()).get("state").asText());
    Sse end = next(received);
    assertEquals("end", end.event());
    assertEquals("SUCCEEDED", json.readTree(end.data()).get("state").asText());
    awaitNoStreams();
  }

  @Test
  void aReconnectSendsOnlyWhatWasMissed() throws Exception {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    for (int seq = 0; seq < 5; seq++) {
      append(id, job.attempt(), seq, "epoch", "{\"epoch\": " + (seq + 1) + ", \"loss\": 1}");
    }
    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.OK, null));

    BlockingQueue<Sse> resumed = open(id, "1:2");
    assertEquals("state", next(resumed).event(), "no reset: same attempt");
    assertEquals(List.of("1:3", "1:4"), ids(resumed, 2));
    assertEquals("end", next(resumed).event());

    BlockingQueue<Sse> bareSeq = open(id, "3");
    next(bareSeq);
    assertEquals(List.of("1:4"), ids(bareSeq, 1));
    assertEquals("end", next(bareSeq).event());
  }

  @Test
  void logLinesArriveWithoutControlCharacters() throws Exception {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    append(id, job.attempt(), 0, "log", "{\"message\": \"\\u001b[1;31mboom\\u001b[0m\\u0007!\"}");
    BlockingQueue<Sse> received = open(id, null);
    next(received);
    next(received);
    Sse log = next(received);
    assertEquals("log", log.event());
    assertEquals("boom!", json.readTree(log.data()).get("lines").get(0).asText());
  }

  @Test
  void aQueuedJobsPlaceIsSentAndMovesWhenTheJobAheadLeaves() throws Exception {
    Long other = fixtures.learner();
    Long ahead = queue.enqueue(other, "train", "{}", 0);
    Long id = queue.enqueue(owner, "train", "{}", 0);
    BlockingQueue<Sse> received = open(id, null);
    assertEquals("state", next(received).event());
    Sse place = next(received);
    assertEquals("queue", place.event());
    assertEquals(1, json.readTree(place.data()).get("ahead").asInt());
    queue.cancel(ahead);
    // Another job's end does not wake this stream; its next look (the keep-alive's) does.
    streams.keepAlive();
    Sse moved = next(received);
    assertEquals("queue", moved.event());
    assertEquals(0, json.readTree(moved.data()).get("ahead").asInt());
    queue.cancel(id);
    Sse last = next(received);
    while (!"end".equals(last.event())) {
      last = next(received);
    }
    assertEquals("CANCELLED", json.readTree(last.data()).get("state").asText());
  }

  private void append(Long id, int attempt, long seq, String type, String data) throws Exception {
    events.append(
        id, attempt, runner, List.of(new JobEventLog.Input(seq, type, json.readTree(data))));
  }

  private BlockingQueue<Sse> open(Long id, String lastEventId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "jobs/" + id + "/events/stream"))
            .header("Cookie", SessionCookie.NAME + "=" + accounts.login(owner))
            .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<Stream<String>> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
    BlockingQueue<Sse> out = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              String event = "message";
              String eventId = null;
              StringBuilder data = new StringBuilder();
              for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                  if (data.length() > 0 || !"message".equals(event)) {
                    out.add(new Sse(event, eventId, data.toString()));
                  }
                  event = "message";
                  eventId = null;
                  data.setLength(0);
                } else if (line.startsWith("event:")) {
                  event = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                  eventId = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                  data.append(line.substring(5).strip());
                }
              }
            });
    reader.setDaemon(true);
    reader.start();
    return out;
  }

  private static Sse next(BlockingQueue<Sse> received) throws InterruptedException {
    Sse event = received.poll(PUSH.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      fail("no event within " + PUSH);
    }
    return event;
  }

  private static List<String> ids(BlockingQueue<Sse> received, int n) throws InterruptedException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(next(received).id());
    }
    return ids;
  }

  private void awaitNoStreams() throws InterruptedException {
    long deadline = System.nanoTime() + PUSH.toNanos();
    while (streams.count() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(0, streams.count(), "the stream closed with the job");
  }
}
