package vn.hocsau.dsl;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a config's YAML (JSON is YAML too) into {@link Value}s that remember their line, with
 * limits that stop the classic parser attacks before they cost anything: a huge document, nesting
 * that would overflow the stack, and alias expansion ("billion laughs"). Only the node graph is
 * composed; no Java type is ever constructed from the text.
 */
public final class YamlTree {

  /** Larger than any sensible network config. */
  public static final int MAX_DOCUMENT_CHARS = 2_000_000;

  public static final int MAX_NESTING_DEPTH = 64;

  /** Most values in one config, counting each use of an alias again. */
  public static final int MAX_VALUES = 10_000;

  static final int MAX_ALIASES = 20;

  private int values;

  private YamlTree() {}

  /** The document's root value; a {@link DslError} for a document that breaks a limit. */
  public static Value parse(String text) {
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new DslError(
          DslCode.TOO_LARGE,
          Place.DOCUMENT,
          0,
          0,
          String.valueOf(text.length()),
          String.valueOf(MAX_DOCUMENT_CHARS));
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new DslError(
          DslCode.SYNTAX,
          Place.DOCUMENT,
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          problem(e.getProblem() != null ? e.getProblem() : e.getMessage()));
    } catch (YAMLException | StackOverflowError e) {
      // The limits above (nesting, aliases, size) end here, without a mark.
      throw new DslError(DslCode.SYNTAX, Place.DOCUMENT, 0, 0, problem(e.getMessage()));
    }
    if (root == null) {
      throw new DslError(DslCode.EMPTY, Place.DOCUMENT, 0, 0);
    }
    return new YamlTree().convert(root, 0);
  }

  private Value convert(Node node, int depth) {
    if (++values > MAX_VALUES || depth > MAX_NESTING_DEPTH) {
      throw new DslError(
          DslCode.TOO_COMPLEX, Place.DOCUMENT, line(node), column(node), "" + MAX_VALUES);
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Value> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        if (!(key instanceof ScalarNode scalar)) {
          throw new DslError(
              DslCode.SYNTAX, Place.DOCUMENT, line(key), column(key), "a key must be a name");
        }
        if (entries.containsKey(scalar.getValue())) {
          throw new DslError(
              DslCode.DUPLICATE_KEY, Place.DOCUMENT, line(key), column(key), scalar.getValue());
        }
        entries.put(scalar.getValue(), convert(tuple.getValueNode(), depth + 1));
      }
      return new Value(Value.Type.MAP, null, entries, null, line(node), column(node));
    }
    if (node instanceof SequenceNode sequence) {
      List<Value> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item, depth + 1));
      }
      return new Value(Value.Type.LIST, null, null, items, line(node), column(node));
    }
    ScalarNode scalar = (ScalarNode) node;
    return new Value(scalarType(scalar), scalar.getValue(), null, null, line(node), column(node));
  }

  private static Value.Type scalarType(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    if (Tag.INT.equals(tag)) {
      return Value.Type.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return Value.Type.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return Value.Type.BOOL;
    }
    if (Tag.NULL.equals(tag)) {
      return Value.Type.NULL;
    }
    return Value.Type.STRING;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static int column(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getColumn() + 1;
  }

  /** SnakeYAML's first line of explanation, short. */
  private static String problem(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().split("\n", 2)[0];
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
