package vn.hocsau.trainer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import vn.hocsau.trainer.config.NetworkSize;
import vn.hocsau.trainer.config.SafeTree;

/**
 * Reads learner-uploaded DL4J models: a {@code MultiLayerConfiguration} JSON ({@code dl4j-json}) or
 * a model zip saved by {@code ModelSerializer} ({@code dl4j-zip}).
 *
 * <p>DL4J's JSON uses Jackson polymorphic typing ({@code "@class": "<any class name>"}), the
 * mechanism behind the well-known Jackson deserialisation gadgets. So before DL4J sees the text, it
 * is parsed by {@link SafeTree} (size and depth limits, no types) and every type id must name a
 * DL4J or ND4J configuration class exactly ({@link Dl4jTypeIds}). Then the network must meet the
 * DSL's size limits ({@link NetworkSize}) before any array is allocated.
 *
 * <p>Zips are not handed to {@code ModelSerializer}: it reads entries with {@code ZipInputStream}
 * and Java-deserialises a {@code preprocessor.bin} if it finds one. {@link ModelZip} reads the zip
 * once, strictly, and the network is built here from the checked configuration and coefficients, as
 * {@code ModelSerializer.restoreMultiLayerNetwork(file, false)} would build it.
 */
final class Dl4jModels {

  private Dl4jModels() {}

  /** A {@code dl4j-json} submission: checked, parsed, and within the size limits. */
  static MultiLayerConfiguration fromJson(String text) {
    MultiLayerConfiguration conf = parse(text, "the DL4J configuration");
    NetworkSize.check(conf);
    return conf;
  }

  /**
   * A {@code dl4j-zip} submission, initialised with its saved parameters; {@code beforeInit} sees
   * the checked configuration (with the coefficients' data type) before the network is built.
   */
  static MultiLayerNetwork fromZip(Path file, Consumer<MultiLayerConfiguration> beforeInit)
      throws IOException {
    ModelZip zip = ModelZip.read(file);
    MultiLayerConfiguration conf = parse(utf8(zip.configuration()), ModelZip.CONFIGURATION);
    long parameters = NetworkSize.check(conf);
    INDArray params = Coefficients.read(zip.coefficients(), parameters);
    conf.setDataType(params.dataType());
    beforeInit.accept(conf);
    try {
      MultiLayerNetwork net = new MultiLayerNetwork(conf);
      net.init(params, false);
      return net;
    } catch (RuntimeException e) {
      throw TrainerException.config("could not read the DL4J model: " + rootMessage(e));
    }
  }

  private static MultiLayerConfiguration parse(String text, String what) {
    Dl4jTypeIds.check(SafeTree.json(text, what));
    try {
      return MultiLayerConfiguration.fromJson(text);
    } catch (RuntimeException | StackOverflowError e) {
      throw TrainerException.config("not a DL4J MultiLayerConfiguration JSON: " + rootMessage(e));
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ModelZip.refuse("holds a configuration.json that is not UTF-8 text");
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
