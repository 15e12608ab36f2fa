package vn.hocsau.trainer.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import vn.hocsau.trainer.TrainerException;

/**
 * Parses learner-supplied JSON or YAML into a plain tree, with limits, before anything interprets
 * it. The limits stop the classic parser attacks: a huge document, deep nesting that overflows the
 * stack, and YAML alias expansion ("billion laughs"). Trees hold only maps, lists and scalars; no
 * types are ever instantiated from the text.
 */
public final class SafeTree {

  /** Larger than any sensible network config or DL4J model config. */
  public static final int MAX_DOCUMENT_CHARS = 2_000_000;

  public static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_ALIASES = 20;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_CHARS)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_DOCUMENT_CHARS)
          .maxNumberLength(100)
          .maxNameLength(1000)
          .build();

  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final ObjectMapper YAML = yamlMapper();

  private SafeTree() {}

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder().loaderOptions(options).streamReadConstraints(CONSTRAINTS).build();
    return YAMLMapper.builder(factory).build();
  }

  /**
   * Parses JSON; any syntax error or limit breach is a {@code CONFIG_ERROR} naming {@code what}.
   */
  public static JsonNode json(String text, String what) {
    return read(JSON, text, what);
  }

  /** Parses YAML (which includes JSON) under the same limits. */
  public static JsonNode yaml(String text, String what) {
    return read(YAML, text, what);
  }

  private static JsonNode read(ObjectMapper mapper, String text, String what) {
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw TrainerException.config(
          what + " is too large: " + text.length() + " characters, at most " + MAX_DOCUMENT_CHARS);
    }
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw TrainerException.config(what + " is empty");
      }
      return node;
    } catch (IOException | RuntimeException e) {
      if (e instanceof TrainerException trainerException) {
        throw trainerException;
      }
      // StackOverflowError cannot happen: the depth limits stop the parsers first.
      throw TrainerException.config(what + " could not be read: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
