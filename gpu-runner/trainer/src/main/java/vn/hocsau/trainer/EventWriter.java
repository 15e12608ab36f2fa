package vn.hocsau.trainer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link TrainingEvent}s as JSON lines: one object per line, for example {@code
 * {"epoch":1,"loss":0.69,"metrics":{"accuracy":0.5},"examplesPerSecond":1200.0}}. The runner reads
 * these from the sandbox and forwards them to the platform's live training curves.
 */
public final class EventWriter implements Closeable {

  private final Writer out;

  /** Writes to {@code out}, which this writer then owns and closes. */
  public EventWriter(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Writes one event as one line and flushes, so the runner sees it while training goes on rather
   * than when a buffer happens to fill.
   */
  public void write(TrainingEvent event) throws IOException {
    out.write(toJsonLine(event));
    out.flush();
  }

  /** The JSON line for {@code event}, ending in {@code \n}. */
  static String toJsonLine(TrainingEvent event) {
    StringBuilder json = new StringBuilder(128);
    json.append("{\"epoch\":").append(event.epoch());
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
    return json.append("}\n").toString();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
