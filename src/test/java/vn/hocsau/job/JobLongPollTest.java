package vn.hocsau.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runners' long-polls over HTTP hold no server thread while they wait: many runners waiting at once
 * must not take the worker threads that serve learners' pages.
 */
@QuarkusTest
class JobLongPollTest {

  private static final int RUNNERS = 12;

  @Inject JobFixtures fixtures;
  @Inject JobQueue queue;
  @Inject JobSignal signal;

  @TestHTTPResource("/")
  URL base;

  private final ExecutorService clients = Executors.newFixedThreadPool(RUNNERS);

  @BeforeEach
  void emptyQueue() {
    fixtures.clearJobs();
  }

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  @Test
  void waitingClaimsHoldNoThreadAndEachWakesWithItsOwnJob() throws Exception {
    List<Future<List<Integer>>> polls = new ArrayList<>();
    for (int i = 0; i < RUNNERS; i++) {
      String token = fixtures.runnerToken();
      polls.add(clients.submit(() -> claimOverHttp(token)));
    }
    awaitWaiting(RUNNERS);

    List<String> holding = new ArrayList<>();
    Thread.getAllStackTraces()
        .forEach(
            (thread, frames) -> {
              if (Arrays.stream(frames)
                  .anyMatch(f -> f.getClassName().startsWith(JobSignal.class.getName()))) {
                holding.add(thread.getName());
              }
            });
    assertEquals(List.of(), holding, "threads parked in a long-poll");

    Set<Long> queued = new HashSet<>();
    for (int i = 0; i < RUNNERS; i++) {
      // One learner each: the per-learner cap must not keep a claim waiting.
      queued.add(queue.enqueue(fixtures.learner(), "train", "{}", 0));
    }
    Set<Long> claimed = new HashSet<>();
    for (Future<List<Integer>> poll : polls) {
      List<Integer> jobs = poll.get(20, TimeUnit.SECONDS);
      jobs.forEach(id -> claimed.add(id.longValue()));
    }
    assertEquals(queued, claimed, "every job claimed once, by the runners that waited");
  }

  @Test
  void aRunnerThatHangsUpMidPollIsHandedNoJob() throws Exception {
    String token = fixtures.runnerToken();
    String body = "{\"maxJobs\": 1, \"waitSeconds\": 25, \"resources\": [\"cpu\"]}";
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      String request =
          "POST /api/runner/v1/claim HTTP/1.1\r\n"
              + "Host: localhost\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\n"
              + "Content-Type: application/json\r\n"
              + "Content-Length: "
              + body.length()
              + "\r\n\r\n"
              + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      awaitWaiting(1);
    }
    // The runner is gone (stopped, or its host died): its claim must stop waiting with it.
    awaitWaiting(0);
    Long job = queue.enqueue(fixtures.learner(), "train", "{}", 0);
    assertEquals(JobState.QUEUED, fixtures.job(job).state());
  }

  private void awaitWaiting(int n) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (signal.waiting() != n) {
      assertTrue(
          System.nanoTime() < deadline, "waiting claims: " + signal.waiting() + ", not " + n);
      Thread.onSpinWait();
    }
  }

  /** Claims until this runner gets a job or its waits run out; the ids it got. */
  private static List<Integer> claimOverHttp(String token) {
    List<Integer> got = new ArrayList<>();
    for (int tries = 0; tries < 3 && got.isEmpty(); tries++) {
      List<Map<String, Object>> jobs =
          given()
              .header("Authorization", "Bearer " + token)
              .contentType(ContentType.JSON)
              .body("{\"maxJobs\": 1, \"waitSeconds\": 15, \"resources\": [\"cpu\"]}")
              .post("/api/runner/v1/claim")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("jobs");
      jobs.forEach(j -> got.add((Integer) j.get("jobId")));
    }
    return got;
  }
}
