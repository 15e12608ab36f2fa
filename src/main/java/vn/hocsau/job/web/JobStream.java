package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import vn.hocsau.job.JobEventView;
import vn.hocsau.job.JobState;

/**
 * One browser's live view of one job. It holds no thread while idle: a wake-up (new events
 * committed, the job ended, a keep-alive) schedules one look on the worker pool, and wake-ups that
 * come during a look are folded into one more look. Events go out in seq order with id {@code
 * attempt:seq}; while the job is queued, a {@code queue} event carries its place whenever it
 * changes; the stream ends after the job's last event once the job has ended.
 */
final class JobStream {

  private static final Logger LOG = Logger.getLogger(JobStream.class);
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final Long jobId;
  private final SseEventSink sink;
  private final Sse sse;
  private final JobStreamReader reader;
  private final ObjectMapper json;
  private final Executor executor;
  private final Consumer<JobStream> onClose;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile boolean closed;
  private StreamCursor cursor;
  private JobState lastState;
  private Long lastAhead;

  JobStream(
      Long jobId,
      StreamCursor cursor,
      SseEventSink sink,
      Sse sse,
      JobStreamReader reader,
      ObjectMapper json,
      Executor executor,
      Consumer<JobStream> onClose) {
    this.jobId = jobId;
    this.cursor = cursor;
    this.sink = sink;
    this.sse = sse;
    this.reader = reader;
    this.json = json;
    this.executor = executor;
    this.onClose = onClose;
  }

  Long jobId() {
    return jobId;
  }

  /** Asks for a look at the job; never blocks. */
  void wake() {
    if (!closed && pending.getAndIncrement() == 0) {
      executor.execute(this::drain);
    }
  }

  /** Sends a comment so proxies keep the connection and a gone browser is noticed; then looks. */
  void keepAlive() {
    if (sink.isClosed()) {
      close();
      return;
    }
    wake();
  }

  private void drain() {
    do {
      pending.set(1);
      try {
        look();
      } catch (RuntimeException e) {
        LOG.debugf(e, "live stream of job %d closed", jobId);
        close();
      }
    } while (!closed && pending.decrementAndGet() > 0);
  }

  private void look() {
    if (sink.isClosed()) {
      close();
      return;
    }
    JobStreamReader.Snapshot snap = reader.read(jobId, cursor);
    if (snap == null) {
      close();
      return;
    }
    if (snap.restarted()) {
      send(sse.newEventBuilder().name("reset").data(json(Map.of("attempt", snap.attempt()))));
      cursor = new StreamCursor(snap.attempt(), -1);
    }
    if (snap.state() != lastState) {
      lastState = snap.state();
      send(
          sse.newEventBuilder()
              .name("state")
              .data(json(Map.of("state", snap.state().name(), "attempt", snap.attempt()))));
    }
    // The place moves when jobs ahead are claimed; a look (at the latest the keep-alive's) sends
    // it.
    if (snap.jobsAhead() != null && !snap.jobsAhead().equals(lastAhead)) {
      send(sse.newEventBuilder().name("queue").data(json(Map.of("ahead", snap.jobsAhead()))));
    }
    lastAhead = snap.jobsAhead();
    for (JobEventView event : snap.events()) {
      StreamCursor at = new StreamCursor(snap.attempt(), event.seq());
      send(sse.newEventBuilder().name(event.type()).id(at.id()).data(data(event)));
      cursor = at;
    }
    if (snap.more()) {
      pending.incrementAndGet();
    } else if (snap.state().isFinished()) {
      send(
          sse.newEventBuilder()
              .name("end")
              .data(
                  json(
                      Map.of(
                          "state",
                          snap.state().name(),
                          "errorClass",
                          snap.errorClass() == null ? "" : snap.errorClass().name()))));
      close();
    } else if (snap.events().isEmpty() && !snap.restarted()) {
      send(sse.newEventBuilder().comment("keep-alive").data(""));
    }
  }

  private String data(JobEventView event) {
    return EventData.of(event, json);
  }

  private void send(OutboundSseEvent.Builder event) {
    try {
      sink.send(event.build()).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException("the browser went away", e);
    }
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends the stream; the hub forgets it. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      sink.close();
    } catch (RuntimeException e) {
      LOG.debugf(e, "closing the live stream of job %d", jobId);
    }
    onClose.accept(this);
  }
}
