package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.api.ApiException;
import vn.hocsau.runner.api.Event;

class EventForwarderTest {

  private final List<List<Event>> sent = new ArrayList<>();
  private final List<ApiException> failures = new ArrayList<>();
  private final EventForwarder forwarder =
      new EventForwarder(
          batch -> {
            if (!failures.isEmpty()) {
              throw failures.remove(0);
            }
            sent.add(List.copyOf(batch));
          });

  @Test
  void aTrainerEventIsSentAtOnceWhileLogLinesWaitForTheNextFlush() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    EventForwarder prompt = new EventForwarder(batch -> sent.add(List.copyOf(batch)), queued::add);

    prompt.logLine("compiling");
    assertTrue(queued.isEmpty(), "a log line queues no flush of its own");
    prompt.eventLine("{\"type\":\"epoch\",\"epoch\":1,\"loss\":0.5}");
    prompt.eventLine("{\"type\":\"epoch\",\"epoch\":2,\"loss\":0.4}");
    assertEquals(1, queued.size(), "one flush is queued however many events wait for it");

    queued.remove(0).run();

    assertEquals(1, sent.size());
    assertEquals(List.of("log", "epoch", "epoch"), sent.get(0).stream().map(Event::type).toList());
    prompt.eventLine("{\"type\":\"finished\",\"epochs\":2}");
    assertEquals(1, queued.size(), "the next event queues the next flush");
  }

  @Test
  void onlyKnownJsonObjectsWithSmallDataAreForwarded() throws Exception {
    forwarder.eventLine("{\"type\":\"epoch\",\"epoch\":1,\"loss\":0.5}");
    forwarder.eventLine("[1,2]");
    forwarder.eventLine("not json");
    forwarder.eventLine("{\"type\":\"score\",\"accuracy\":1.0}");
    forwarder.eventLine("{\"type\":\"log\",\"message\":\"" + "x".repeat(5000) + "\"}");
    forwarder.eventLineTooLong();

    assertTrue(forwarder.flush());
    assertEquals(1, sent.get(0).size());
    assertEquals("epoch", sent.get(0).get(0).type());
    assertFalse(sent.get(0).get(0).data().has("type"));
    assertEquals(5, forwarder.dropped());
  }

  @Test
  void aFailedBatchIsResentUnchangedAfterBackingOff() throws Exception {
    forwarder.logLine("one");
    failures.add(new ApiException(429, ApiException.EVENT_RATE, null));

    assertFalse(forwarder.flush());
    forwarder.logLine("two");
    assertFalse(forwarder.flush(), "still backing off");
    Thread.sleep(1100);
    assertTrue(forwarder.flush());

    assertEquals(0, sent.get(0).get(0).seq());
    assertEquals(1, sent.get(0).size(), "the retried batch is the same batch");
    assertEquals(1, sent.get(1).get(0).seq());
  }

  @Test
  void aStaleAttemptMarksTheJobGone() throws Exception {
    forwarder.logLine("one");
    failures.add(new ApiException(409, ApiException.STALE_ATTEMPT, null));

    assertFalse(forwarder.flush());
    assertTrue(forwarder.gone());
  }

  @Test
  void logEventsAreCapped() throws Exception {
    for (int i = 0; i < EventForwarder.MAX_LOG_EVENTS + 50; i++) {
      forwarder.logLine("line " + i);
    }
    assertTrue(forwarder.flush());
    assertEquals(EventForwarder.MAX_LOG_EVENTS, sent.stream().mapToInt(List::size).sum());
  }
}
