package vn.hocsau.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * A YAML mapping read as SnakeYAML nodes (no Java objects are built from tags), keeping the line of
 * every field so that each problem is reported as {@code file:line: message}.
 */
public final class YamlFields {

  private final String file;
  private final Map<String, Node> fields;
  private final int line;
  private final List<String> problems;

  private YamlFields(String file, Map<String, Node> fields, int line, List<String> problems) {
    this.file = file;
    this.fields = fields;
    this.line = line;
    this.problems = problems;
  }

  /** Parses {@code text}; syntax errors go to {@code problems} and give empty. */
  public static Optional<YamlFields> parse(String file, String text, List<String> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(200_000);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(
          file
              + ":"
              + (mark == null ? 1 : mark.getLine() + 1)
              + ": YAML syntax error: "
              + e.getProblem());
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(file + ":1: YAML error: " + e.getMessage());
      return Optional.empty();
    }
    if (!(root instanceof MappingNode)) {
      problems.add(file + ":1: expected fields like 'kind: lab'");
      return Optional.empty();
    }
    return Optional.of(of(file, (MappingNode) root, problems));
  }

  private static YamlFields of(String file, MappingNode node, List<String> problems) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple t : node.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (fields.put(key, t.getValueNode()) != null) {
        problems.add(file + ":" + line(t.getKeyNode()) + ": duplicate field '" + key + "'");
      }
    }
    return new YamlFields(file, fields, line(node), problems);
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** Reports every field not in {@code known}. */
  public void onlyKnown(Set<String> known) {
    fields.forEach(
        (k, v) -> {
          if (!known.contains(k)) {
            error(v, "unknown field '" + k + "'; known: " + String.join(", ", known));
          }
        });
  }

  void error(Node node, String message) {
    problems.add(file + ":" + line(node) + ": " + message);
  }

  /** Reports a problem on the field's line, or on the mapping's first line when it is absent. */
  public void error(String field, String message) {
    Node node = fields.get(field);
    problems.add(file + ":" + (node == null ? line : line(node)) + ": " + message);
  }

  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /** A text field; absent gives empty, a non-scalar is reported. */
  public Optional<String> text(String field) {
    Node node = fields.get(field);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      return Optional.of(s.getValue().strip());
    }
    error(node, "'" + field + "' must be a non-empty text");
    return Optional.empty();
  }

  /** A required text field. */
  public Optional<String> required(String field) {
    if (!has(field)) {
      error(field, "missing '" + field + "'");
      return Optional.empty();
    }
    return text(field);
  }

  /** A number field within [min, max]. */
  public Optional<Double> number(String field, double min, double max) {
    Optional<String> value = text(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      double d = Double.parseDouble(value.get());
      if (Double.isFinite(d) && d >= min && d <= max) {
        return Optional.of(d);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(field, "'" + field + "' must be a number from " + fmt(min) + " to " + fmt(max));
    return Optional.empty();
  }

  /** A whole-number field within [min, max]. */
  public Optional<Integer> integer(String field, int min, int max) {
    Optional<String> value = text(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int i = Integer.parseInt(value.get());
      if (i >= min && i <= max) {
        return Optional.of(i);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(field, "'" + field + "' must be a whole number from " + min + " to " + max);
    return Optional.empty();
  }

  /** A yes/no field. */
  public Optional<Boolean> bool(String field) {
    return text(field)
        .flatMap(
            v -> {
              if (v.equals("true") || v.equals("false")) {
                return Optional.of(Boolean.parseBoolean(v));
              }
              error(field, "'" + field + "' must be true or false");
              return Optional.empty();
            });
  }

  /** A list of texts; a single text counts as a list of one. */
  public List<String> texts(String field) {
    Node node = fields.get(field);
    List<String> out = new ArrayList<>();
    if (node instanceof ScalarNode s) {
      out.add(s.getValue().strip());
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s) {
          out.add(s.getValue().strip());
        } else {
          error(item, "'" + field + "' must be a list of texts");
        }
      }
    } else if (node != null) {
      error(node, "'" + field + "' must be a list of texts");
    }
    return out;
  }

  /** A nested mapping. */
  public Optional<YamlFields> mapping(String field) {
    Node node = fields.get(field);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof MappingNode m) {
      return Optional.of(of(file, m, problems));
    }
    error(node, "'" + field + "' must be a mapping of fields");
    return Optional.empty();
  }

  /** The field names in file order. */
  public Set<String> names() {
    return fields.keySet();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
