package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.Verdict;

/**
 * Finished training runs for page tests, through the real queue and runner path: a submission,
 * epoch events as the trainer writes them (loss, train/val accuracy, time), and an OK verdict.
 */
@ApplicationScoped
public class FinishedRuns {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobFixtures fixtures;
  @Inject ObjectMapper json;

  /** A finished run of {@code owner}; the queue must hold no other queued job. */
  public Long run(Long owner, String submission, double[] loss, double[] train, double[] val)
      throws Exception {
    Long runner = fixtures.runner();
    String payload =
        json.writeValueAsString(
            Map.of("submission", Map.of("fileName", "network.yaml", "text", submission)));
    Long id = queue.enqueue(owner, "train", payload, 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    assertEquals(id, job.jobId());
    List<JobEventLog.Input> batch = new ArrayList<>();
    batch.add(
        new JobEventLog.Input(0, "started", json.readTree("{\"epochs\": " + loss.length + "}")));
    for (int i = 0; i < loss.length; i++) {
      batch.add(
          new JobEventLog.Input(
              i + 1,
              "epoch",
              json.readTree(
                  ("{\"epoch\": %d, \"epochs\": %d, \"loss\": %s, \"metrics\": {\"train_accuracy\":"
                          + " %s, \"val_accuracy\": %s}, \"elapsedSeconds\": %s}")
                      .formatted(i + 1, loss.length, loss[i], train[i], val[i], 12.5 * (i + 1)))));
    }
    events.append(id, job.attempt(), runner, batch);
    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.OK, null));
    return id;
  }
}
