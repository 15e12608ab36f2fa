package vn.hocsau.trainer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the trainer's events as JSON lines, one object per line with a {@code type}: {@code
 * started}, {@code epoch}, {@code finished} or {@code log} (docs/training-jobs.md, section 3). The
 * runner tails the file and forwards each line to the platform's live training curves.
 */
public final class EventWriter implements Closeable {

  /** The runner drops longer lines; log messages are cut well below it. */
  static final int MAX_MESSAGE_CHARS = 1500;

  private final Writer out;

  /** Writes to {@code out}, which this writer then owns and closes. */
  public EventWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one epoch event as one line and flushes, so the runner sees it while training goes on
   * rather than when a buffer happens to fill.
   */
  public void write(TrainingEvent event) throws IOException {
    emit(toJsonLine(event));
    StartupTimes.mark("epoch1");
    String timing = StartupTimes.reportOnce();
    if (timing != null) {
      log(timing);
    }
  }

  /** The {@code started} event: what is about to be trained and on which backend. */
  public void started(int epochs, long examples, long parameters, String backend, String helpers)
      throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("epochs", epochs);
    fields.put("examples", examples);
    fields.put("parameters", parameters);
    fields.put("backend", backend);
    fields.put("helpers", helpers);
    emit(line("started", fields));
  }

  /** The {@code finished} event; {@code helpers} says which layer helpers really ran. */
  public void finished(int epochs, double elapsedSeconds, String helpers) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("epochs", epochs);
    fields.put("elapsedSeconds", elapsedSeconds);
    fields.put("helpers", helpers);
    emit(line("finished", fields));
  }

  /** A human-readable note for the learner, e.g. that the lab capped the epochs. */
  public void log(String message) throws IOException {
    String text =
        message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) : message;
    emit(line("log", Map.of("message", text)));
  }

  private void emit(String line) throws IOException {
    out.write(line);
    out.flush();
  }

  /** The JSON line for {@code event}, ending in {@code \n}. */
  static String toJsonLine(TrainingEvent event) {
    StringBuilder json = new StringBuilder(160);
    json.append("{\"type\":\"epoch\",\"epoch\":").append(event.epoch());
    json.append(",\"epochs\":").append(event.epochs());
    json.append(",\"loss\":");
    JsonText.appendNumber(json, event.loss());
    json.append(",\"metrics\":{");
    String separator = "";
    for (Map.Entry<String, Double> metric : event.metrics().entrySet()) {
      json.append(separator);
      JsonText.appendString(json, metric.getKey());
      json.append(':');
      JsonText.appendNumber(json, metric.getValue());
      separator = ",";
    }
    json.append("},\"examplesPerSecond\":");
    JsonText.appendNumber(json, event.examplesPerSecond());
    json.append(",\"elapsedSeconds\":");
    JsonText.appendNumber(json, event.elapsedSeconds());
    // Only when measured: a null would read as "the ratio was NaN", which is not what happened.
    if (Double.isFinite(event.updateRatio())) {
      json.append(",\"updateRatio\":");
      JsonText.appendNumber(json, event.updateRatio());
    }
    return json.append("}\n").toString();
  }

  /** A flat event line: strings, numbers and nulls only. */
  static String line(String type, Map<String, Object> fields) {
    StringBuilder json = new StringBuilder(128).append("{\"type\":");
    JsonText.appendString(json, type);
    fields.forEach(
        (name, value) -> {
          json.append(',');
          JsonText.appendString(json, name);
          json.append(':');
          if (value == null) {
            json.append("null");
          } else if (value instanceof Number number) {
            if (value instanceof Double || value instanceof Float) {
              JsonText.appendNumber(json, number.doubleValue());
            } else {
              json.append(number.longValue());
            }
          } else {
            JsonText.appendString(json, value.toString());
          }
        });
    return json.append("}\n").toString();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
