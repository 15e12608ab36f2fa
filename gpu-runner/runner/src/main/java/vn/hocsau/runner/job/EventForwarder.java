package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import vn.hocsau.runner.api.ApiException;
import vn.hocsau.runner.api.Event;
import vn.hocsau.runner.sandbox.SandboxListener;

/**
 * Turns what a job writes into runner-API events and sends them in batches. Trainer lines must be
 * JSON objects of a known type with at most 4 KiB of data; everything else is dropped and counted.
 * Learner code shares the trainer's JVM, so this is display data and nothing more. Events are
 * numbered per attempt; a batch that failed is resent unchanged (the platform stores a retried
 * sequence number once), and a 429 backs off.
 */
public final class EventForwarder implements SandboxListener {

  /** Sends one batch; the job's platform call. */
  public interface Sender {
    void send(List<Event> batch) throws IOException, InterruptedException;
  }

  static final Set<String> TYPES = Set.of("started", "epoch", "finished", "log");
  static final int MAX_DATA_BYTES = 4096;
  static final int BATCH = 100;
  static final int MAX_LOG_EVENTS = 300;
  static final int MAX_TRAINER_EVENTS = 5000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Sender sender;
  private final Executor prompt;
  private final Object sending = new Object();
  private boolean promptQueued;
  private final Deque<Event> pending = new ArrayDeque<>();
  private List<Event> inFlight;
  private long nextSeq;
  private int logEvents;
  private int trainerEvents;
  private int dropped;
  private long backOffUntil;
  private long backOffMillis = 1000;
  private boolean gone;

  /** Forwards through {@code sender} when {@link #flush()} is called. */
  public EventForwarder(Sender sender) {
    this(sender, null);
  }

  /**
   * Forwards through {@code sender}; a trainer event ({@code started}, {@code epoch}, {@code
   * finished}) also queues a flush on {@code prompt} at once, so the learner's curve does not wait
   * for the next periodic flush. Log lines wait for it: a chatty program must not cost one request
   * per line.
   */
  public EventForwarder(Sender sender, Executor prompt) {
    this.sender = sender;
    this.prompt = prompt;
  }

  @Override
  public synchronized void eventLine(String line) {
    ObjectNode data;
    try {
      JsonNode node = JSON.readTree(line);
      if (!(node instanceof ObjectNode object) || !TYPES.contains(object.path("type").asText())) {
        dropped++;
        return;
      }
      data = object;
    } catch (IOException e) {
      dropped++;
      return;
    }
    String type = data.remove("type").asText();
    if (data.toString().getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES
        || trainerEvents >= MAX_TRAINER_EVENTS) {
      dropped++;
      return;
    }
    trainerEvents++;
    add(type, data);
    if (prompt != null && !type.equals("log") && !promptQueued) {
      promptQueued = true;
      prompt.execute(this::promptFlush);
    }
  }

  private void promptFlush() {
    synchronized (this) {
      promptQueued = false;
    }
    try {
      flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public synchronized void eventLineTooLong() {
    dropped++;
  }

  @Override
  public synchronized void logLine(String line) {
    if (logEvents < MAX_LOG_EVENTS) {
      logEvents++;
      add("log", JSON.createObjectNode().put("message", line));
    }
  }

  /** Lines of {@code events.jsonl} that were dropped. */
  public synchronized int dropped() {
    return dropped;
  }

  /** Whether the platform said the job is no longer ours. */
  public synchronized boolean gone() {
    return gone;
  }

  /** Adds a runner-written log event, such as the count of dropped lines. */
  public synchronized void runnerLog(String message) {
    add("log", JSON.createObjectNode().put("message", message));
  }

  private void add(String type, ObjectNode data) {
    pending.addLast(new Event(nextSeq++, type, data));
  }

  /**
   * Sends what is pending, batch by batch, until nothing is left, a call fails, or the platform
   * asks us to slow down. Flushes run one at a time (periodic and prompt ones may overlap).
   *
   * @return whether everything was sent
   */
  public boolean flush() throws InterruptedException {
    synchronized (sending) {
      return flushBatches();
    }
  }

  private boolean flushBatches() throws InterruptedException {
    while (true) {
      List<Event> batch;
      synchronized (this) {
        if (gone || System.currentTimeMillis() < backOffUntil) {
          return false;
        }
        if (inFlight == null) {
          if (pending.isEmpty()) {
            return true;
          }
          inFlight = new ArrayList<>();
          while (inFlight.size() < BATCH && !pending.isEmpty()) {
            inFlight.add(pending.removeFirst());
          }
        }
        batch = inFlight;
      }
      try {
        sender.send(batch);
        synchronized (this) {
          inFlight = null;
          backOffMillis = 1000;
        }
      } catch (ApiException e) {
        synchronized (this) {
          if (e.jobGone()) {
            gone = true;
            return false;
          }
          if (!e.retryable()) {
            // The platform will never take this batch (a 400): drop it rather than block the rest.
            inFlight = null;
            dropped += batch.size();
            continue;
          }
          backOff();
        }
        return false;
      } catch (IOException e) {
        synchronized (this) {
          backOff();
        }
        return false;
      }
    }
  }

  private void backOff() {
    backOffUntil = System.currentTimeMillis() + backOffMillis;
    backOffMillis = Math.min(backOffMillis * 2, 30_000);
  }
}
