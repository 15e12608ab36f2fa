package vn.hocsau.dsl;

import java.util.List;

/**
 * The network DSL's rules: every section, layer type and setting with its default and limits. The
 * parser reads configs through these, the trainer maps the names to DL4J, and the reference page
 * (/docs/dsl) renders them.
 */
public final class DslRules {

  /** Most layers a config may list (the output layer the parser adds is one more). */
  public static final int MAX_LAYERS = 64;

  public static final int MAX_EPOCHS = 1000;
  public static final int MAX_BATCH = 4096;

  /** The most parameters a lab job may train. */
  public static final long MAX_PARAMETERS = 20_000_000;

  static final int MAX_UNITS = 16_384;
  static final int MAX_KERNEL = 15;

  /** Activation names, as the trainer maps them to DL4J. */
  public static final List<String> ACTIVATIONS =
      List.of(
          "relu",
          "leakyrelu",
          "elu",
          "selu",
          "gelu",
          "swish",
          "tanh",
          "sigmoid",
          "softmax",
          "softplus",
          "identity",
          "linear");

  /** Loss names, as the trainer maps them to DL4J. */
  public static final List<String> LOSSES =
      List.of("mcxent", "cross_entropy", "nll", "xent", "binary_cross_entropy", "mse", "mae", "l1");

  public static final Section CONFIG =
      new Section(
          "config",
          List.of(
              Field.integer("seed", 42, Integer.MAX_VALUE),
              Field.integer("epochs", 10, MAX_EPOCHS),
              Field.integer("batchSize", 64, MAX_BATCH),
              Field.number("l2", 0.0, 0.0, 1.0),
              Field.section("optimizer"),
              new Field("layers", Field.Kind.LAYERS, true, null, null, 1, MAX_LAYERS, List.of())));

  public static final Section OPTIMIZER =
      new Section(
          "optimizer",
          List.of(
              Field.choice("type", "adam", List.of("adam", "sgd", "momentum")),
              Field.number("lr", 1e-3, 1e-8, 10.0).dependsOn("lr"),
              Field.number("momentum", 0.9, 0.0, 0.999),
              Field.section("schedule")));

  public static final Section SCHEDULE =
      new Section(
          "schedule",
          List.of(
              Field.choice("type", "step", List.of("step", "exponential")),
              Field.integer("every", 5, MAX_EPOCHS),
              Field.number("factor", 0.5, 1e-6, 1.0),
              Field.number("gamma", 0.9, 1e-6, 1.0)));

  private static final Field RELU = Field.choice("activation", "relu", ACTIVATIONS);
  private static final Field PADDING_VALID =
      Field.choice("padding", "valid", List.of("same", "valid"));

  /** The layer types, in the order the reference shows them. */
  public static final List<Section> LAYERS =
      List.of(
          new Section("dense", List.of(Field.integer("units", null, MAX_UNITS), RELU)),
          new Section(
              "conv2d",
              List.of(
                  Field.integer("filters", null, 4096),
                  Field.integer("kernel", 3, MAX_KERNEL),
                  Field.integer("stride", 1, MAX_KERNEL),
                  Field.choice("padding", "same", List.of("same", "valid")),
                  RELU)),
          pool("maxpool"),
          pool("avgpool"),
          new Section("batchnorm", List.of()),
          new Section("dropout", List.of(Field.number("rate", 0.5, 0.0, 0.95))),
          new Section(
              "lstm",
              List.of(
                  Field.integer("units", null, 4096),
                  Field.choice("activation", "tanh", ACTIVATIONS),
                  Field.flag("returnSequences"))),
          new Section(
              "output",
              List.of(
                  Field.integer("units", null, MAX_UNITS).dependsOn("classes"),
                  Field.choice("activation", null, ACTIVATIONS).dependsOn("task_activation"),
                  Field.choice("loss", null, LOSSES).dependsOn("task_loss"))));

  private DslRules() {}

  private static Section pool(String name) {
    return new Section(
        name,
        List.of(
            Field.integer("size", 2, MAX_KERNEL),
            Field.integer("stride", null, MAX_KERNEL).dependsOn("size"),
            PADDING_VALID));
  }

  /** The layer type called {@code name}, if there is one. */
  public static java.util.Optional<Section> layer(String name) {
    return LAYERS.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The names of the layer types. */
  public static List<String> layerTypes() {
    return LAYERS.stream().map(Section::name).toList();
  }
}
