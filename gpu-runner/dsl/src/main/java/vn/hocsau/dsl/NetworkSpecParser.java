package vn.hocsau.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the course's network DSL (YAML or JSON) into a {@link NetworkSpec}. Example:
 *
 * <pre>
 * epochs: 5
 * optimizer: {type: adam, lr: 0.001}
 * layers:
 *   - conv2d: {filters: 16, kernel: 3}
 *   - maxpool: {size: 2}
 *   - dense: {units: 64}
 * </pre>
 *
 * Defaults follow fast.ai: Adam at 1e-3, a fixed seed, and the output layer inferred from the task
 * when it is left out. Every problem is a {@link DslError} with the line at fault, found before
 * anything is allocated: shapes and parameter counts are worked out from the text alone.
 */
public final class NetworkSpecParser {

  private final String task;
  private final int numClasses;
  private final int[] inputShape;

  /**
   * @param task {@code classification} or {@code regression}
   * @param numClasses classes (1 for regression)
   * @param inputShape {@code [c, h, w]} or {@code [features]}
   */
  public NetworkSpecParser(String task, int numClasses, int[] inputShape) {
    this.task = task;
    this.numClasses = numClasses;
    this.inputShape = inputShape.clone();
  }

  /** Reads and checks {@code text}; throws {@link DslError} for the first problem. */
  public NetworkSpec parse(String text) {
    Value root = YamlTree.parse(text);
    Settings top = new Settings(Place.CONFIG, root, DslRules.CONFIG, 1);
    long seed = top.integer("seed");
    int epochs = top.integer("epochs");
    int batchSize = top.integer("batchSize");
    double l2 = top.number("l2");
    NetworkSpec.Optimizer optimizer = optimizer(top.raw("optimizer"));
    List<LayerSpec> layers = layers(top.raw("layers"), root.line());
    // In double: widths multiply past long's range in the worst configs; nothing is allocated.
    double total = layers.stream().mapToDouble(LayerSpec::parameters).sum();
    if (total > DslRules.MAX_PARAMETERS) {
      double sum = 0;
      for (LayerSpec layer : layers) {
        sum += layer.parameters();
        if (sum > DslRules.MAX_PARAMETERS) {
          // Blame the layer that crosses the limit: that is the one to shrink.
          throw new DslError(
              DslCode.TOO_MANY_PARAMETERS,
              Place.layer(layer.index(), layer.type()),
              layer.line(),
              0,
              String.format(java.util.Locale.ROOT, "%.0f", total),
              String.valueOf(DslRules.MAX_PARAMETERS));
        }
      }
    }
    long parameters = (long) total;
    return new NetworkSpec(
        seed, epochs, batchSize, l2, optimizer, layers, layers.get(0).in(), parameters);
  }

  private NetworkSpec.Optimizer optimizer(Value node) {
    Settings f = new Settings(Place.OPTIMIZER, node, DslRules.OPTIMIZER, lineOf(node));
    String type = f.choice("type");
    double lr = f.number("lr", type.equals("adam") ? 1e-3 : 1e-2);
    double momentum = f.number("momentum");
    Value raw = f.raw("schedule");
    Settings s = new Settings(Place.SCHEDULE, raw, DslRules.SCHEDULE, lineOf(raw));
    NetworkSpec.Schedule schedule = null;
    if (s.has("type") || s.has("every") || s.has("gamma") || s.has("factor")) {
      schedule =
          new NetworkSpec.Schedule(
              s.choice("type"), s.integer("every"), s.number("factor"), s.number("gamma"));
    }
    return new NetworkSpec.Optimizer(type, lr, momentum, schedule);
  }

  private List<LayerSpec> layers(Value layers, int line) {
    if (layers == null || layers.type() != Value.Type.LIST || layers.list().isEmpty()) {
      throw new DslError(DslCode.NO_LAYERS, Place.CONFIG, layers == null ? line : layers.line(), 0);
    }
    if (layers.list().size() > DslRules.MAX_LAYERS) {
      throw new DslError(
          DslCode.TOO_MANY_LAYERS,
          Place.CONFIG,
          layers.line(),
          0,
          "" + DslRules.MAX_LAYERS,
          "" + layers.list().size());
    }
    Shape shape =
        inputShape.length == 3
            ? Shape.image(inputShape[0], inputShape[1], inputShape[2])
            : Shape.flat(inputShape[0]);
    LayerRules rules = new LayerRules(task, numClasses);
    List<LayerSpec> specs = new ArrayList<>();
    int count = layers.list().size();
    for (int i = 0; i < count; i++) {
      Value layer = layers.list().get(i);
      Map.Entry<String, Value> entry = entry(i + 1, layer);
      String type = entry.getKey();
      if (i == 0 && type.equals("lstm") && shape.kind() == Shape.Kind.IMAGE) {
        // An image is read row by row: height steps of channels*width values.
        shape = Shape.sequence((long) shape.channels() * shape.width(), shape.height());
      }
      Place place = Place.layer(i + 1, type);
      Settings settings =
          new Settings(place, entry.getValue(), DslRules.layer(type).orElseThrow(), layer.line());
      LayerSpec spec = rules.read(i + 1, type, layer.line(), settings, shape, i == count - 1);
      specs.add(spec);
      shape = spec.out();
    }
    if (!specs.get(count - 1).type().equals("output")) {
      if (shape.kind() == Shape.Kind.SEQUENCE) {
        throw new DslError(
            DslCode.LAST_LSTM_SEQUENCES,
            Place.layer(count, "lstm"),
            specs.get(count - 1).line(),
            0);
      }
      Settings none =
          new Settings(Place.layer(count + 1, "output"), null, DslRules.layer("output").get(), 0);
      LayerSpec output = rules.read(count + 1, "output", 0, none, shape, true);
      specs.add(
          new LayerSpec(
              output.index(),
              "output",
              true,
              0,
              output.settings(),
              output.in(),
              output.out(),
              output.parameters(),
              output.macs()));
    }
    return List.copyOf(specs);
  }

  /** A layer is written {@code - dense: {units: 64}} or {@code - {type: dense, units: 64}}. */
  private static Map.Entry<String, Value> entry(int index, Value layer) {
    Place place = Place.layer(index, null);
    if (layer.type() != Value.Type.MAP || layer.map().isEmpty()) {
      throw new DslError(DslCode.LAYER_FORM, place, layer.line(), layer.column(), layer.describe());
    }
    String type;
    Value settings;
    Value typeValue = layer.map().get("type");
    if (typeValue != null) {
      type = typeValue.text() == null ? typeValue.describe() : typeValue.text();
      Map<String, Value> rest = new java.util.LinkedHashMap<>(layer.map());
      rest.remove("type");
      settings = new Value(Value.Type.MAP, null, rest, null, layer.line(), layer.column());
    } else if (layer.map().size() == 1) {
      Map.Entry<String, Value> only = layer.map().entrySet().iterator().next();
      type = only.getKey();
      settings = only.getValue();
    } else {
      throw new DslError(DslCode.LAYER_TWO_TYPES, place, layer.line(), layer.column());
    }
    if (DslRules.layer(type).isEmpty()) {
      String suggestion = Suggest.nearest(type, DslRules.layerTypes());
      throw suggestion != null
          ? new DslError(
              DslCode.UNKNOWN_LAYER_SUGGEST, place, layer.line(), layer.column(), type, suggestion)
          : new DslError(
              DslCode.UNKNOWN_LAYER,
              place,
              layer.line(),
              layer.column(),
              type,
              new TreeSet<>(DslRules.layerTypes()).toString());
    }
    return Map.entry(type, settings == null ? nothing(layer) : settings);
  }

  private static Value nothing(Value at) {
    return new Value(Value.Type.NULL, "null", null, null, at.line(), at.column());
  }

  private static int lineOf(Value node) {
    return node == null ? 0 : node.line();
  }
}
