package vn.hocsau.trainer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import vn.hocsau.trainer.config.SafeTree;

/**
 * Reads learner-uploaded DL4J models: a {@code MultiLayerConfiguration} JSON ({@code dl4j-json}) or
 * a model zip saved by {@code ModelSerializer} ({@code dl4j-zip}).
 *
 * <p>DL4J's JSON uses Jackson polymorphic typing ({@code "@class": "<any class name>"}), the
 * mechanism behind the well-known Jackson deserialisation gadgets. So before DL4J sees the text, it
 * is parsed by {@link SafeTree} (size and depth limits, no types) and every {@code @class} must
 * name a DL4J or ND4J configuration class. Zips are checked for entry names and sizes first.
 */
final class Dl4jModels {

  /** Packages whose classes DL4J configurations legitimately name. */
  private static final List<String> ALLOWED_PACKAGES =
      List.of(
          "org.deeplearning4j.nn.conf.",
          "org.deeplearning4j.nn.layers.",
          "org.deeplearning4j.nn.weights.",
          "org.nd4j.linalg.activations.",
          "org.nd4j.linalg.lossfunctions.",
          "org.nd4j.linalg.learning.",
          "org.nd4j.linalg.schedule.",
          "org.nd4j.linalg.api.buffer.");

  private static final Set<String> ZIP_ENTRIES =
      Set.of("configuration.json", "coefficients.bin", "updaterState.bin");
  private static final long MAX_ZIP_BYTES = 400L << 20;

  private Dl4jModels() {}

  static MultiLayerConfiguration fromJson(String text) {
    checkTypes(SafeTree.json(text, "the DL4J configuration"));
    try {
      return MultiLayerConfiguration.fromJson(text);
    } catch (RuntimeException | StackOverflowError e) {
      throw TrainerException.config("not a DL4J MultiLayerConfiguration JSON: " + rootMessage(e));
    }
  }

  static MultiLayerNetwork fromZip(Path zip) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      long total = 0;
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!ZIP_ENTRIES.contains(entry.getName())) {
          throw TrainerException.config(
              "the model zip holds '"
                  + entry.getName()
                  + "'; a DL4J model zip holds only "
                  + new java.util.TreeSet<>(ZIP_ENTRIES));
        }
        total += Math.max(entry.getSize(), 0);
      }
      if (total > MAX_ZIP_BYTES) {
        throw TrainerException.config("the model zip unpacks to more than 400 MB");
      }
      ZipEntry config = file.getEntry("configuration.json");
      if (config == null || file.getEntry("coefficients.bin") == null) {
        throw TrainerException.config(
            "the model zip must hold configuration.json and coefficients.bin");
      }
      try (InputStream in = file.getInputStream(config)) {
        byte[] bytes = in.readNBytes(SafeTree.MAX_DOCUMENT_CHARS + 1);
        checkTypes(SafeTree.json(new String(bytes, StandardCharsets.UTF_8), "configuration.json"));
      }
    } catch (java.util.zip.ZipException e) {
      throw TrainerException.config("not a zip file: " + e.getMessage());
    }
    try {
      return ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false);
    } catch (IOException | RuntimeException e) {
      throw TrainerException.config("could not read the DL4J model: " + rootMessage(e));
    }
  }

  /** Refuses any {@code @class} outside the DL4J/ND4J configuration packages. */
  static void checkTypes(JsonNode root) {
    ArrayDeque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (field.getKey().equals("@class") || field.getKey().equals("@type")) {
            checkClassName(field.getValue());
          }
          pending.push(field.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(pending::push);
      }
    }
  }

  private static void checkClassName(JsonNode value) {
    String name = value.isTextual() ? value.asText() : "";
    boolean allowed = ALLOWED_PACKAGES.stream().anyMatch(name::startsWith);
    if (!allowed || name.contains("..") || name.length() > 200) {
      throw TrainerException.config(
          "the configuration names a class DL4J configurations never use: '"
              + (name.length() > 80 ? name.substring(0, 80) + "…" : name)
              + "'");
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return message.length() > 400 ? message.substring(0, 400) + "…" : message;
  }
}
