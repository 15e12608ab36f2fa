package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hocsau.job.JobEventView;

/**
 * What a job's events say about its training: one row per epoch (loss and metrics), how far it got,
 * and its log tail. Events come from learner code as much as from the trainer, so every field is
 * read defensively: a missing or non-numeric value is skipped, never trusted.
 */
public final class TrainingProgress {

  /** Most metrics kept per epoch; a flood of made-up metric names is cut. */
  static final int MAX_METRICS = 8;

  /** Longest metric name kept. */
  static final int MAX_METRIC_NAME = 40;

  /**
   * One epoch as reported.
   *
   * @param loss the training loss; null when not reported or not a finite number
   * @param lossNotFinite whether a loss was reported but was NaN or infinite (the trainer writes
   *     those as JSON {@code null})
   * @param elapsedSeconds the trainer's seconds since training started; null when not reported
   * @param updateRatio the trainer's mean {@code ||update|| / ||parameters||} of a step this epoch;
   *     null when not measured
   */
  public record EpochRow(
      long seq,
      int epoch,
      Double loss,
      Map<String, Double> metrics,
      boolean lossNotFinite,
      Double elapsedSeconds,
      Double updateRatio) {

    /** A row with only the loss and metrics. */
    public EpochRow(long seq, int epoch, Double loss, Map<String, Double> metrics) {
      this(seq, epoch, loss, metrics, false, null, null);
    }

    /** The metrics as "name value" pairs, for the table. */
    public String metricsText() {
      StringBuilder out = new StringBuilder();
      metrics.forEach(
          (name, value) ->
              out.append(out.isEmpty() ? "" : " · ").append(name).append(' ').append(fmt(value)));
      return out.toString();
    }

    /** The loss, formatted; "NaN" when it was not a finite number; empty when none. */
    public String lossText() {
      return loss != null ? fmt(loss) : lossNotFinite ? "NaN" : "";
    }
  }

  private final List<EpochRow> epochs = new ArrayList<>();
  private final LogTail log = new LogTail(LogTail.MAX_LINES);
  private int epoch;
  private int totalEpochs;
  private long lastSeq = -1;

  private TrainingProgress() {}

  /** Reads the events of one attempt, in seq order. */
  public static TrainingProgress of(List<JobEventView> events, ObjectMapper json) {
    TrainingProgress p = new TrainingProgress();
    for (JobEventView e : events) {
      p.lastSeq = Math.max(p.lastSeq, e.seq());
      JsonNode data = parse(e.data(), json);
      switch (e.type()) {
        case "started", "finished" -> p.totalEpochs = positive(data.get("epochs"), p.totalEpochs);
        case "epoch" -> p.addEpoch(e.seq(), data);
        case "log" -> p.log.add(text(data.get("message")));
        default -> {}
      }
    }
    return p;
  }

  /** An epoch event's data as a row, or null when it has no epoch number. */
  public static EpochRow epochRow(long seq, JsonNode data) {
    int n = positive(data.get("epoch"), 0);
    if (n == 0) {
      return null;
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    JsonNode m = data.get("metrics");
    if (m != null && m.isObject()) {
      m.fields()
          .forEachRemaining(
              f -> {
                if (metrics.size() < MAX_METRICS
                    && f.getValue().isNumber()
                    && Double.isFinite(f.getValue().asDouble())) {
                  metrics.put(LogTail.clean(cut(f.getKey())), f.getValue().asDouble());
                }
              });
    }
    JsonNode loss = data.get("loss");
    boolean lossNotFinite =
        data.has("loss")
            && (loss.isNull() || (loss.isNumber() && !Double.isFinite(loss.asDouble())));
    Double elapsed = number(data.get("elapsedSeconds"));
    Double ratio = number(data.get("updateRatio"));
    return new EpochRow(
        seq,
        n,
        number(loss),
        metrics,
        lossNotFinite,
        elapsed != null && elapsed >= 0 ? elapsed : null,
        ratio != null && ratio > 0 ? ratio : null);
  }

  private void addEpoch(long seq, JsonNode data) {
    EpochRow row = epochRow(seq, data);
    if (row == null) {
      return;
    }
    epochs.add(row);
    epoch = Math.max(epoch, row.epoch());
    totalEpochs = positive(data.get("epochs"), totalEpochs);
  }

  /** One row per epoch event, in order. */
  public List<EpochRow> epochs() {
    return epochs;
  }

  /** The last epoch reported, 0 before the first. */
  public int epoch() {
    return epoch;
  }

  /** The epochs the run will train, 0 when not known yet. */
  public int totalEpochs() {
    return totalEpochs;
  }

  /** The log tail, sanitised. */
  public List<String> logLines() {
    return log.lines();
  }

  /** The highest seq read, -1 for none. */
  public long lastSeq() {
    return lastSeq;
  }

  /**
   * The best value of the main metric, e.g. "val_accuracy 0.91": {@code val_accuracy} when
   * reported, otherwise the first metric; highest for accuracy-like metrics, lowest for the others.
   * Empty when no epoch had metrics.
   */
  public String bestMetric() {
    String name = null;
    for (EpochRow row : epochs) {
      if (row.metrics().containsKey("val_accuracy")) {
        name = "val_accuracy";
        break;
      }
      if (name == null && !row.metrics().isEmpty()) {
        name = row.metrics().keySet().iterator().next();
      }
    }
    if (name == null) {
      return "";
    }
    boolean higher = higherIsBetter(name);
    Double best = null;
    for (EpochRow row : epochs) {
      Double v = row.metrics().get(name);
      if (v != null && (best == null || (higher ? v > best : v < best))) {
        best = v;
      }
    }
    return name + " " + fmt(best);
  }

  static boolean higherIsBetter(String metric) {
    String m = metric.toLowerCase(Locale.ROOT);
    return m.contains("acc")
        || m.contains("f1")
        || m.contains("auc")
        || m.contains("precision")
        || m.contains("recall")
        || m.contains("r2");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static JsonNode parse(String text, ObjectMapper json) {
    try {
      JsonNode node = json.readTree(text == null ? "{}" : text);
      return node != null && node.isObject() ? node : json.createObjectNode();
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  private static int positive(JsonNode node, int otherwise) {
    return node != null && node.canConvertToInt() && node.asInt() > 0 ? node.asInt() : otherwise;
  }

  private static Double number(JsonNode node) {
    return node != null && node.isNumber() && Double.isFinite(node.asDouble())
        ? node.asDouble()
        : null;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull()
        ? null
        : node.isTextual() ? node.asText() : node.toString();
  }

  private static String cut(String name) {
    return name.length() <= MAX_METRIC_NAME ? name : name.substring(0, MAX_METRIC_NAME);
  }
}
