package vn.hocsau.trainer;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the type ids in a DL4J configuration before DL4J's Jackson reads it. DL4J's configuration
 * types use {@code @JsonTypeInfo(use = CLASS)}: the JSON names a Java class ({@code "@class"}, and
 * {@code "type"} for weight distributions) and Jackson loads it, including any generic parameters
 * written after the name ({@code DenseLayer<com.sun.rowset.JdbcRowSetImpl>}). So every type id must
 * be, as a whole string, the plain name of a concrete DL4J or ND4J configuration class: a dotted
 * Java name with nothing around it, in one of the configuration packages, of a class that exists
 * and implements one of the polymorphic configuration types. The check reads the parsed tree, so
 * JSON escapes ({@code \u003c}) are already decoded.
 */
final class Dl4jTypeIds {

  /** Packages whose classes DL4J configurations legitimately name. */
  private static final List<String> ALLOWED_PACKAGES =
      List.of(
          "org.deeplearning4j.nn.conf.",
          "org.deeplearning4j.nn.weights.",
          "org.nd4j.linalg.activations.",
          "org.nd4j.linalg.lossfunctions.",
          "org.nd4j.linalg.learning.",
          "org.nd4j.linalg.schedule.");

  /**
   * The types DL4J's configuration JSON reads polymorphically by class name (found by their
   * {@code @JsonTypeInfo(use = CLASS)} annotations in deeplearning4j-nn and nd4j-api).
   */
  private static final List<Class<?>> POLYMORPHIC_TYPES =
      List.of(
          org.deeplearning4j.nn.conf.layers.Layer.class,
          org.deeplearning4j.nn.conf.InputPreProcessor.class,
          org.deeplearning4j.nn.conf.inputs.InputType.class,
          org.deeplearning4j.nn.conf.dropout.IDropout.class,
          org.deeplearning4j.nn.conf.weightnoise.IWeightNoise.class,
          org.deeplearning4j.nn.conf.distribution.Distribution.class,
          org.deeplearning4j.nn.conf.layers.variational.ReconstructionDistribution.class,
          org.deeplearning4j.nn.api.layers.LayerConstraint.class,
          org.deeplearning4j.nn.weights.IWeightInit.class,
          org.deeplearning4j.nn.weights.embeddings.EmbeddingInitializer.class,
          org.nd4j.linalg.activations.IActivation.class,
          org.nd4j.linalg.lossfunctions.ILossFunction.class,
          org.nd4j.linalg.learning.config.IUpdater.class,
          org.nd4j.linalg.learning.regularization.Regularization.class,
          org.nd4j.linalg.schedule.ISchedule.class);

  /** Properties that always carry a class name. */
  private static final Set<String> CLASS_PROPERTIES = Set.of("@class", "@type");

  /** Distribution's type id property; elsewhere "type" holds enum constants such as "CNN". */
  private static final String TYPE_PROPERTY = "type";

  /**
   * A lowercase package path, a class name and at most one nested class name: no generic
   * parameters, array brackets, spaces or other characters Jackson's type parser would read.
   */
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:\\$[A-Z][A-Za-z0-9_]*)?");

  /** A "type" value that is a plain word (an enum constant) is not a class name. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_]*");

  private static final int MAX_NAME_CHARS = 200;

  private Dl4jTypeIds() {}

  /** Refuses any type id that is not exactly a DL4J/ND4J configuration class. */
  static void check(JsonNode root) {
    ArrayDeque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          JsonNode value = field.getValue();
          if (CLASS_PROPERTIES.contains(field.getKey())
              || (field.getKey().equals(TYPE_PROPERTY)
                  && !(value.isTextual() && PLAIN_WORD.matcher(value.asText()).matches()))) {
            checkName(value);
          }
          pending.push(value);
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
  }

  private static void checkName(JsonNode value) {
    String name = value.isTextual() ? value.asText() : value.toString();
    if (!allowed(name)) {
      throw TrainerException.config(
          "the configuration names a class DL4J configurations never use: '"
              + printable(name)
              + "'");
    }
  }

  static boolean allowed(String name) {
    if (name.length() > MAX_NAME_CHARS
        || !CLASS_NAME.matcher(name).matches()
        || ALLOWED_PACKAGES.stream().noneMatch(name::startsWith)) {
      return false;
    }
    Class<?> type;
    try {
      // Only names in DL4J's own packages get here; loading without initialising runs no code.
      type = Class.forName(name, false, Dl4jTypeIds.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    return type.getName().equals(name)
        && !type.isInterface()
        && !Modifier.isAbstract(type.getModifiers())
        && POLYMORPHIC_TYPES.stream().anyMatch(base -> base.isAssignableFrom(type));
  }

  /** The name as the learner can read it in one line: control characters escaped, at most 80. */
  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < name.length() && out.length() < 80; i++) {
      char c = name.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return i < name.length() ? out + "…" : out.toString();
  }
}
