package vn.hocsau.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Progress events of running jobs (epochs, losses, log lines), forwarded in batches by the runner.
 * Events are checked before anything is stored: known type, size, increasing seq, and a rate per
 * attempt. A retried batch stores nothing twice.
 */
@ApplicationScoped
@Transactional
public class JobEventLog {

  /** The event types a runner may send: the trainer's three, and lines of the log tail. */
  public static final Set<String> TYPES = Set.of("started", "epoch", "finished", "log");

  @Inject JobAttempts attempts;
  @Inject JobEventRepository events;
  @Inject QueueConfig config;
  @Inject ObjectMapper json;
  @Inject Clock clock;
  @Inject Event<JobProgressed> progressed;

  /** One event as the runner sends it; {@code data} is any JSON value, usually an object. */
  public record Input(long seq, String type, JsonNode data) {}

  /** How many events of a batch were new, and how many had been stored before. */
  public record Appended(int accepted, int duplicates) {}

  /** Stores a batch of events of a running attempt. */
  public Appended append(Long jobId, int attempt, Long runnerId, List<Input> batch) {
    List<String> payloads = check(batch);
    attempts.running(jobId, attempt, runnerId, LockModeType.PESSIMISTIC_READ);
    Instant now = clock.instant();
    int accepted = 0;
    for (int i = 0; i < batch.size(); i++) {
      Input event = batch.get(i);
      if (events.insert(jobId, attempt, event.seq(), event.type(), payloads.get(i), now)) {
        accepted++;
      }
    }
    // Counted after inserting, so a retried batch (all duplicates) is never refused; refusing
    // rolls the inserts back.
    if (accepted > 0) {
      var counts = events.count(jobId, attempt, now.minus(Duration.ofMinutes(1)));
      if (counts.recent() > config.eventsPerMinute()
          || counts.total() > config.eventsPerAttempt()) {
        throw new RunnerApiException(RunnerProblem.EVENT_RATE, m -> m.err_runner_event_rate());
      }
    }
    if (accepted > 0) {
      progressed.fire(new JobProgressed(jobId));
    }
    return new Appended(accepted, batch.size() - accepted);
  }

  /** The events of one attempt with a seq above {@code afterSeq}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<JobEventView> list(Long jobId, int attempt, long afterSeq) {
    return events.list(jobId, attempt, afterSeq);
  }

  private List<String> check(List<Input> batch) {
    if (batch == null || batch.isEmpty() || batch.size() > config.eventsPerBatch()) {
      throw invalid(m -> m.err_runner_events_count(config.eventsPerBatch()));
    }
    long previous = -1;
    String[] payloads = new String[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      Input event = batch.get(i);
      int index = i;
      if (event == null || !TYPES.contains(event.type())) {
        String type = event == null ? null : event.type();
        throw invalid(m -> m.err_runner_event_type(index, String.valueOf(type)));
      }
      if (event.seq() <= previous) {
        throw invalid(m -> m.err_runner_event_seq(index));
      }
      previous = event.seq();
      payloads[i] = serialise(event.data());
      if (payloads[i].getBytes(StandardCharsets.UTF_8).length > config.eventMaxBytes()) {
        throw invalid(m -> m.err_runner_event_size(index, config.eventMaxBytes()));
      }
    }
    return List.of(payloads);
  }

  private String serialise(JsonNode data) {
    try {
      return data == null || data.isNull() ? "{}" : json.writeValueAsString(withoutNul(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always serialises", e);
    }
  }

  // PostgreSQL's jsonb cannot hold U+0000, and learner code can print one into a log line; it is
  // dropped here rather than failing the runner's whole batch.
  private JsonNode withoutNul(JsonNode node) {
    if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
      return TextNode.valueOf(node.textValue().replace("\0", ""));
    }
    if (node.isArray()) {
      ArrayNode copy = json.createArrayNode();
      node.forEach(item -> copy.add(withoutNul(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = json.createObjectNode();
      node.fields()
          .forEachRemaining(f -> copy.set(f.getKey().replace("\0", ""), withoutNul(f.getValue())));
      return copy;
    }
    return node;
  }

  private static RunnerApiException invalid(Function<JobMessages, String> detail) {
    return new RunnerApiException(RunnerProblem.INVALID_EVENTS, detail);
  }
}
