package vn.hocsau.trainer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import vn.hocsau.trainer.TrainerException;

/**
 * Reads the course's network DSL (YAML or JSON) into a DL4J configuration. Example:
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
 * Defaults follow fast.ai: Adam at 1e-3, init chosen by activation, a fixed seed, and the output
 * layer inferred from the task when it is left out. Every problem is a {@code CONFIG_ERROR} found
 * before training starts.
 */
public final class NetworkConfigParser {

  static final int MAX_LAYERS = 64;
  static final int MAX_EPOCHS = 1000;
  private static final Set<String> TOP_KEYS =
      Set.of("seed", "epochs", "batchSize", "optimizer", "l2", "layers");

  private final String task;
  private final int numClasses;
  private final int[] inputShape;

  /**
   * @param task {@code classification} or {@code regression}
   * @param numClasses classes (1 for regression)
   * @param inputShape {@code [c, h, w]} or {@code [features]}
   */
  public NetworkConfigParser(String task, int numClasses, int[] inputShape) {
    this.task = task;
    this.numClasses = numClasses;
    this.inputShape = inputShape.clone();
  }

  /** Parses YAML (JSON is valid YAML) with the limits of {@link SafeTree}. */
  public NetworkPlan parse(String text) {
    return parse(SafeTree.yaml(text, "the network config"));
  }

  NetworkPlan parse(JsonNode root) {
    Fields top = new Fields("config", root);
    top.onlyKeys(TOP_KEYS);
    long seed = top.has("seed") ? top.positiveInt("seed", 42, Integer.MAX_VALUE) : 42;
    int epochs = top.positiveInt("epochs", 10, MAX_EPOCHS);
    int batchSize = top.positiveInt("batchSize", 64, 4096);
    double l2 = top.number("l2", 0.0, 0.0, 1.0);
    IUpdater updater = updater(new Fields("optimizer", top.raw("optimizer")));

    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder()
            .seed(seed)
            .updater(updater)
            .l2(l2)
            .cacheMode(CacheMode.DEVICE)
            .list();
    InputType inputType = addLayers(list, top.raw("layers"));
    try {
      MultiLayerConfiguration conf = list.setInputType(inputType).build();
      NetworkSize.check(conf);
      return new NetworkPlan(conf, epochs, batchSize, seed);
    } catch (TrainerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TrainerException.config("the network is not valid: " + e.getMessage());
    }
  }

  private InputType addLayers(NeuralNetConfiguration.ListBuilder list, JsonNode layers) {
    if (layers == null || !layers.isArray() || layers.isEmpty()) {
      throw TrainerException.config("config: 'layers' must be a list of at least one layer");
    }
    if (layers.size() > MAX_LAYERS) {
      throw TrainerException.config(
          "config: at most " + MAX_LAYERS + " layers, got " + layers.size());
    }
    Shape shape =
        inputShape.length == 3
            ? Shape.image(inputShape[0], inputShape[1], inputShape[2])
            : Shape.flat(inputShape[0]);
    InputType inputType = inputType(shape);
    LayerFactory factory = new LayerFactory(task, numClasses);
    boolean hasOutput = false;
    for (int i = 0; i < layers.size(); i++) {
      Map.Entry<String, JsonNode> entry = entry(i + 1, layers.get(i));
      String type = entry.getKey();
      String where = "layer " + (i + 1) + " (" + type + ")";
      if (i == 0 && type.equals("lstm") && shape.kind() == Shape.Kind.IMAGE) {
        // An image is read row by row: height steps of channels*width values.
        shape = Shape.sequence(shape.channels() * shape.width(), shape.height());
        inputType = inputType(shape);
      }
      boolean last = i == layers.size() - 1;
      LayerFactory.Built built =
          factory.build(type, new Fields(where, entry.getValue()), shape, last);
      list.layer(built.layer());
      shape = built.out();
      hasOutput = type.equals("output");
    }
    if (!hasOutput) {
      if (shape.kind() == Shape.Kind.SEQUENCE) {
        throw TrainerException.config(
            "layer " + layers.size() + " (lstm): the last LSTM must not return sequences");
      }
      Layer output = factory.build("output", new Fields("output", null), shape, true).layer();
      list.layer(output);
    }
    return inputType;
  }

  /** A layer is written {@code - dense: {units: 64}} or {@code - {type: dense, units: 64}}. */
  private static Map.Entry<String, JsonNode> entry(int index, JsonNode layer) {
    String where = "layer " + index;
    if (layer == null || !layer.isObject() || layer.isEmpty()) {
      throw TrainerException.config(
          where + ": write a layer as '- dense: {units: 64}', got " + describe(layer));
    }
    String type;
    JsonNode settings;
    if (layer.has("type")) {
      type = layer.get("type").asText();
      settings =
          ((com.fasterxml.jackson.databind.node.ObjectNode) layer.deepCopy()).without("type");
    } else if (layer.size() == 1) {
      Iterator<Map.Entry<String, JsonNode>> fields = layer.fields();
      Map.Entry<String, JsonNode> only = fields.next();
      type = only.getKey();
      settings = only.getValue();
    } else {
      throw TrainerException.config(
          where + ": a layer has exactly one type, such as '- dense: {units: 64}'");
    }
    if (!LayerFactory.TYPES.contains(type)) {
      String suggestion = Fields.nearest(type, LayerFactory.TYPES);
      throw TrainerException.config(
          where
              + ": unknown layer type '"
              + type
              + "'"
              + (suggestion != null
                  ? ", did you mean '" + suggestion + "'?"
                  : "; known types are " + new java.util.TreeSet<>(LayerFactory.TYPES)));
    }
    return Map.entry(type, settings == null || settings.isNull() ? emptyObject() : settings);
  }

  private static JsonNode emptyObject() {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }

  private static String describe(JsonNode node) {
    return node == null ? "nothing" : Fields.describe(node);
  }

  private static InputType inputType(Shape shape) {
    return switch (shape.kind()) {
      case IMAGE -> InputType.convolutional(shape.height(), shape.width(), shape.channels());
      case FLAT -> InputType.feedForward(shape.size());
      case SEQUENCE -> InputType.recurrent(shape.size(), shape.height());
    };
  }

  private IUpdater updater(Fields f) {
    f.onlyKeys(Set.of("type", "lr", "momentum", "schedule"));
    String type = f.choice("type", "adam", Set.of("adam", "sgd", "momentum"));
    double lr = f.number("lr", type.equals("adam") ? 1e-3 : 1e-2, 1e-8, 10.0);
    ISchedule schedule = schedule(new Fields("optimizer.schedule", f.raw("schedule")), lr);
    return switch (type) {
      case "sgd" -> schedule == null ? new Sgd(lr) : new Sgd(schedule);
      case "momentum" -> {
        double momentum = f.number("momentum", 0.9, 0.0, 0.999);
        yield schedule == null ? new Nesterovs(lr, momentum) : new Nesterovs(schedule, momentum);
      }
      default -> schedule == null ? new Adam(lr) : new Adam(schedule);
    };
  }

  private static ISchedule schedule(Fields f, double lr) {
    if (f.raw("type") == null && !f.has("every") && !f.has("gamma") && !f.has("factor")) {
      return null;
    }
    f.onlyKeys(Set.of("type", "every", "factor", "gamma"));
    String type = f.choice("type", "step", Set.of("step", "exponential"));
    if (type.equals("step")) {
      int every = f.positiveInt("every", 5, MAX_EPOCHS);
      double factor = f.number("factor", 0.5, 1e-6, 1.0);
      return new StepSchedule(ScheduleType.EPOCH, lr, factor, every);
    }
    double gamma = f.number("gamma", 0.9, 1e-6, 1.0);
    return new ExponentialSchedule(ScheduleType.EPOCH, lr, gamma);
  }
}
