package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * One line per epoch of a training job: epoch, loss, up to {@link #MAX_METRICS} metrics, examples
 * per second and the time left. On a terminal it starts with a text progress bar; otherwise (a
 * pipe, a CI log) it is plain {@code name=value} pairs that a script can read.
 */
final class ProgressLine {

  static final int BAR = 24;
  static final int MAX_METRICS = 3;

  private final Messages m;
  private final boolean tty;

  ProgressLine(Messages m, boolean tty) {
    this.m = m;
    this.tty = tty;
  }

  /** The line for an {@code epoch} event's data. */
  String of(JsonNode data) {
    int epoch = data.path("epoch").asInt(0);
    int epochs = data.path("epochs").asInt(0);
    StringBuilder line = new StringBuilder();
    if (tty) {
      line.append(m.get("watch.epoch", epoch, epochs)).append(' ').append(bar(epoch, epochs));
      append(line, "  ", m.get("watch.loss"), " ", data.get("loss"));
      metrics(data, (name, value) -> append(line, "  ", name, " ", value));
      append(line, "  ", "", "", speed(data));
      String eta = eta(data, epoch, epochs);
      if (eta != null) {
        line.append("  ").append(m.get("watch.eta", eta));
      }
    } else {
      line.append("epoch=").append(epoch).append('/').append(epochs);
      append(line, " ", "loss", "=", data.get("loss"));
      metrics(data, (name, value) -> append(line, " ", name, "=", value));
      JsonNode speed = data.get("examplesPerSecond");
      if (speed != null && speed.isNumber()) {
        line.append(" examples/s=").append(Math.round(speed.asDouble()));
      }
      String eta = eta(data, epoch, epochs);
      line.append(" eta=").append(eta == null ? "?" : eta);
    }
    return line.toString();
  }

  private interface MetricSink {
    void accept(String name, JsonNode value);
  }

  private static void metrics(JsonNode data, MetricSink sink) {
    JsonNode metrics = data.path("metrics");
    Iterator<Map.Entry<String, JsonNode>> it = metrics.fields();
    for (int n = 0; it.hasNext() && n < MAX_METRICS; n++) {
      Map.Entry<String, JsonNode> e = it.next();
      sink.accept(Text.clean(e.getKey()).replace(' ', '_'), e.getValue());
    }
  }

  private static void append(
      StringBuilder line, String gap, String name, String sep, Object value) {
    if (value == null) {
      return;
    }
    String text =
        value instanceof JsonNode n
            ? (n.isNumber() ? String.format(Locale.ROOT, "%.4f", n.asDouble()) : "NaN")
            : value.toString();
    line.append(gap).append(name).append(name.isEmpty() ? "" : sep).append(text);
  }

  private String speed(JsonNode data) {
    JsonNode speed = data.get("examplesPerSecond");
    return speed == null || !speed.isNumber()
        ? null
        : m.get("watch.speed", String.format(Locale.ROOT, "%,d", Math.round(speed.asDouble())));
  }

  private static String bar(int epoch, int epochs) {
    int done = epochs <= 0 ? 0 : Math.min(BAR, epoch * BAR / epochs);
    int percent = epochs <= 0 ? 0 : Math.min(100, epoch * 100 / epochs);
    return "[" + "#".repeat(done) + ".".repeat(BAR - done) + "] " + String.format("%3d%%", percent);
  }

  /** Time left from the trainer's own clock: seconds so far per epoch times the epochs left. */
  static String eta(JsonNode data, int epoch, int epochs) {
    JsonNode elapsed = data.get("elapsedSeconds");
    if (elapsed == null || !elapsed.isNumber() || epoch <= 0 || epochs < epoch) {
      return null;
    }
    long seconds = Math.round(elapsed.asDouble() / epoch * (epochs - epoch));
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
