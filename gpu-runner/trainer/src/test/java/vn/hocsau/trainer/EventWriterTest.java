package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventWriterTest {

  // Strict on purpose: the default mapper would accept NaN only if told to, and we never tell it.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private static TrainingEvent event(int epoch, double loss, Map<String, Double> metrics) {
    return new TrainingEvent(epoch, 10, loss, metrics, 1250.5, 2.5);
  }

  private static List<String> writeAll(TrainingEvent... events) throws IOException {
    StringWriter text = new StringWriter();
    try (EventWriter writer = new EventWriter(text)) {
      for (TrainingEvent event : events) {
        writer.write(event);
      }
    }
    assertTrue(text.toString().endsWith("\n"), "every event ends its line");
    return text.toString().lines().toList();
  }

  @Test
  void writesOneParsableObjectPerLine() throws IOException {
    List<String> lines =
        writeAll(
            event(1, 0.6931, Map.of("accuracy", 0.5, "f1", 0.4)),
            event(2, 1.0E-5, Map.of("accuracy", 0.75)));

    assertEquals(2, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals(1, first.get("epoch").intValue());
    assertEquals(0.6931, first.get("loss").doubleValue());
    assertEquals(0.5, first.get("metrics").get("accuracy").doubleValue());
    assertEquals(0.4, first.get("metrics").get("f1").doubleValue());
    assertEquals(1250.5, first.get("examplesPerSecond").doubleValue());
    assertEquals(1.0E-5, JSON.readTree(lines.get(1)).get("loss").doubleValue());
  }

  @Test
  void exactFormatIsStableWithMetricsSortedByName() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("f1", 0.25);
    metrics.put("accuracy", 0.5);

    assertEquals(
        "{\"type\":\"epoch\",\"epoch\":3,\"epochs\":10,\"loss\":0.125,"
            + "\"metrics\":{\"accuracy\":0.5,\"f1\":0.25},"
            + "\"examplesPerSecond\":1250.5,\"elapsedSeconds\":2.5}\n",
        EventWriter.toJsonLine(event(3, 0.125, metrics)));
  }

  @Test
  void nonFiniteNumbersBecomeNullSoStrictParsersAcceptTheLine() throws IOException {
    TrainingEvent diverged =
        new TrainingEvent(
            4,
            10,
            Double.NaN,
            Map.of("accuracy", Double.POSITIVE_INFINITY, "loss_val", Double.NEGATIVE_INFINITY),
            Double.NaN,
            1.0);

    String line = writeAll(diverged).get(0);

    assertEquals(-1, line.indexOf("NaN"));
    assertEquals(-1, line.indexOf("Infinity"));
    JsonNode node = JSON.readTree(line);
    assertTrue(node.get("loss").isNull());
    assertTrue(node.get("metrics").get("accuracy").isNull());
    assertTrue(node.get("metrics").get("loss_val").isNull());
    assertTrue(node.get("examplesPerSecond").isNull());
  }

  @Test
  void awkwardMetricNamesSurviveTheRoundTrip() throws IOException {
    List<String> names =
        List.of(
            "say \"hi\"",
            "back\\slash",
            "new\nline, tab\t, cr\r, bell\u0007, nul\u0000, del\u007f",
            "độ chính xác",
            "emoji \uD83D\uDE80",
            "line sep \u2028 para sep \u2029");
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      metrics.put(names.get(i), (double) i);
    }

    List<String> lines = writeAll(event(1, 0.5, metrics));

    assertEquals(1, lines.size(), "escaped control characters never break the line");
    assertTrue(lines.get(0).chars().allMatch(c -> c >= 0x20 && c <= 0x7e), "output is ASCII");
    JsonNode parsed = JSON.readTree(lines.get(0)).get("metrics");
    for (int i = 0; i < names.size(); i++) {
      assertEquals(i, parsed.get(names.get(i)).intValue(), names.get(i));
    }
  }

  @Test
  void escapesUseTheShortFormsWhereJsonHasThem() {
    StringBuilder json = new StringBuilder();
    JsonText.appendString(json, "\"\\\n\r\t\b\f\u0001é\uD83D\uDE80");

    assertEquals("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u00e9\\ud83d\\ude80\"", json.toString());
  }

  @Test
  void eachWriteIsFlushedImmediately() throws IOException {
    StringBuilder flushed = new StringBuilder();
    StringWriter buffer = new StringWriter();
    Writer spy =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            buffer.write(chars, offset, length);
          }

          @Override
          public void flush() {
            flushed.append(buffer);
            buffer.getBuffer().setLength(0);
          }

          @Override
          public void close() {}
        };

    new EventWriter(spy).write(event(1, 0.5, Map.of()));

    assertEquals(EventWriter.toJsonLine(event(1, 0.5, Map.of())), flushed.toString());
  }

  @Test
  void invalidEventsAreRejected() {
    assertEquals(
        "epoch must be 1 or more, was 0",
        assertThrows(IllegalArgumentException.class, () -> event(0, 0.1, Map.of())).getMessage());
    assertEquals(
        "metric names must not be blank",
        assertThrows(IllegalArgumentException.class, () -> event(1, 0.1, Map.of(" ", 1.0)))
            .getMessage());
    Map<String, Double> withNull = new LinkedHashMap<>();
    withNull.put("accuracy", null);
    assertEquals(
        "metric 'accuracy' is null",
        assertThrows(NullPointerException.class, () -> event(1, 0.1, withNull)).getMessage());
  }

  @Test
  void lifecycleEventsCarryTheirType() throws IOException {
    StringWriter text = new StringWriter();
    try (EventWriter writer = new EventWriter(text)) {
      writer.started(10, 60000, 203530, "cpu", "onednn");
      writer.log("epochs capped at 20 by the lab \"x\"");
      writer.finished(10, 190.25, "none");
    }
    List<String> lines = text.toString().lines().toList();

    JsonNode started = JSON.readTree(lines.get(0));
    assertEquals("started", started.get("type").textValue());
    assertEquals(60000, started.get("examples").longValue());
    assertEquals("onednn", started.get("helpers").textValue());
    assertEquals(
        "epochs capped at 20 by the lab \"x\"",
        JSON.readTree(lines.get(1)).get("message").textValue());
    JsonNode finished = JSON.readTree(lines.get(2));
    assertEquals("finished", finished.get("type").textValue());
    assertEquals(190.25, finished.get("elapsedSeconds").doubleValue());
  }

  @Test
  void longLogMessagesAreCutBelowTheRunnersLineLimit() throws IOException {
    StringWriter text = new StringWriter();
    new EventWriter(text).log("x".repeat(10_000));
    assertTrue(text.toString().length() < 4096);
  }

  @Test
  void metricsCannotBeChangedAfterConstruction() {
    Map<String, Double> metrics = new LinkedHashMap<>(Map.of("accuracy", 0.5));
    TrainingEvent event = event(1, 0.1, metrics);
    metrics.put("accuracy", 0.9);

    assertEquals(0.5, event.metrics().get("accuracy"));
    assertThrows(UnsupportedOperationException.class, () -> event.metrics().put("x", 1.0));
  }
}
