package vn.hocsau.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.hocsau.system.i18n.Language;

/**
 * Typed, line-aware access to one YAML mapping. Every getter reports what is wrong with the field
 * at the field's own line and returns empty, so readers can carry on and find further problems.
 * Problems are worded as the file's {@link YamlStyle} says.
 */
public final class YamlMap {

  private final YamlSource source;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(YamlSource source, MappingNode node) {
    this.source = source;
    this.node = node;
    boolean lab = source.style() == YamlStyle.LAB;
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        source.error(key, "field names must be plain words");
      } else if (entries.containsKey(scalar.getValue())) {
        int first = source.line(entries.get(scalar.getValue()).getKeyNode());
        String duplicate = "duplicate field '" + scalar.getValue() + "'";
        source.error(key, lab ? duplicate : duplicate + " (first at line " + first + ")");
        if (lab) {
          entries.put(scalar.getValue(), tuple);
        }
      } else {
        entries.put(scalar.getValue(), tuple);
      }
    }
  }

  /** {@code node} as a mapping, or empty after reporting that {@code what} must be one. */
  static Optional<YamlMap> of(YamlSource source, Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(source, mapping));
    }
    source.error(node, what + " must be a set of fields (key: value)");
    return Optional.empty();
  }

  YamlSource source() {
    return source;
  }

  Node node() {
    return node;
  }

  int line() {
    return source.line(node);
  }

  /** The line of {@code key}, or of the mapping when the key is absent. */
  int lineOf(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line() : source.line(tuple.getKeyNode());
  }

  /**
   * Reports a problem with {@code key} at its line (in {@link YamlStyle#LAB} files, the line of its
   * value), or at the mapping's line when the key is absent.
   */
  public void error(String key, String message) {
    Optional<Node> value = optional(key);
    NodeTuple tuple = entries.get(key);
    if (source.style() == YamlStyle.LAB && value.isPresent()) {
      source.error(value.get(), message);
    } else if (tuple != null) {
      source.error(tuple.getKeyNode(), message);
    } else {
      source.error(line(), message);
    }
  }

  /** The lines of the items of the list at {@code key}; empty when it is no list. */
  List<Integer> itemLines(String key) {
    return optional(key)
        .filter(SequenceNode.class::isInstance)
        .map(n -> ((SequenceNode) n).getValue().stream().map(source::line).toList())
        .orElse(List.of());
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The value node of {@code key}, reporting a missing field. */
  Optional<Node> required(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      source.error(line(), "missing " + source.style().field(key));
    }
    return value;
  }

  Optional<Node> optional(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** Reports every field not in {@code known}: usually a typo that would silently be ignored. */
  public void rejectUnknown(Set<String> known) {
    for (NodeTuple tuple : entries.values()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (known.contains(key)) {
        continue;
      }
      if (source.style() == YamlStyle.LAB) {
        source.error(
            tuple.getValueNode(),
            "unknown field '" + key + "'; known: " + String.join(", ", known));
      } else {
        source.error(tuple.getKeyNode(), "unknown field '" + key + "'");
      }
    }
  }

  /** A required, non-empty text field. */
  public Optional<String> text(String key) {
    return required(key).flatMap(value -> text(key, value));
  }

  /** A non-empty text field, or empty when it is absent. */
  public Optional<String> optionalText(String key) {
    return optional(key).flatMap(value -> text(key, value));
  }

  /** The plain text at {@code key}, without reporting anything when it is absent or no text. */
  Optional<String> peekText(String key) {
    return optional(key)
        .filter(ScalarNode.class::isInstance)
        .map(n -> ((ScalarNode) n).getValue().strip())
        .filter(text -> !text.isEmpty());
  }

  /** A required whole number within {@code [min, max]}. */
  Optional<Integer> integer(String key, int min, int max) {
    return required(key).flatMap(value -> integer(key, value, min, max));
  }

  /** An optional finite number, reported when present but not a number. */
  Optional<Double> number(String key) {
    return optional(key).flatMap(value -> number(key, value));
  }

  /** An optional {@code true}/{@code false}, or {@code fallback} when absent. */
  Optional<Boolean> bool(String key, boolean fallback) {
    return optional(key).map(value -> bool(key, value)).orElse(Optional.of(fallback));
  }

  /** An optional list of non-empty texts; absent means empty. */
  Optional<List<String>> texts(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      return Optional.of(List.of());
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      source.error(value.get(), "field '" + key + "' must be a list");
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      text(key, item).ifPresent(texts::add);
    }
    return texts.size() == sequence.getValue().size() ? Optional.of(texts) : Optional.empty();
  }

  /** A required list of mappings, such as questions or options. */
  Optional<List<YamlMap>> maps(String key) {
    Optional<Node> value = required(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
      source.error(value.get(), "field '" + key + "' must be a non-empty list");
      return Optional.empty();
    }
    List<YamlMap> maps = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      of(source, item, "each entry of '" + key + "'").ifPresent(maps::add);
    }
    return maps.size() == sequence.getValue().size() ? Optional.of(maps) : Optional.empty();
  }

  /** A required text per language: {@code {vi: ..., en: ...}}, at least one of them. */
  Optional<BilingualText> localized(String key) {
    return required(key).flatMap(value -> localized(key, value, false));
  }

  /**
   * Like {@link #localized(String)}, but a plain text is also accepted and used for every language:
   * answer options are often numbers or code.
   */
  Optional<BilingualText> localizedOrNeutral(String key) {
    return required(key).flatMap(value -> localized(key, value, true));
  }

  private Optional<BilingualText> localized(String key, Node value, boolean neutralAllowed) {
    if (neutralAllowed && value instanceof ScalarNode) {
      return text(key, value).map(BilingualText::same);
    }
    if (!(value instanceof MappingNode)) {
      source.error(
          value, "field '" + key + "' must give a text per language, like {vi: ..., en: ...}");
      return Optional.empty();
    }
    YamlMap languages = new YamlMap(source, (MappingNode) value);
    EnumMap<Language, String> texts = new EnumMap<>(Language.class);
    boolean valid = true;
    for (Map.Entry<String, NodeTuple> entry : languages.entries.entrySet()) {
      Optional<Language> language = Language.fromCode(entry.getKey());
      if (language.isEmpty() || !language.get().code().equals(entry.getKey())) {
        source.error(
            entry.getValue().getKeyNode(),
            "unknown language '" + entry.getKey() + "' in '" + key + "' (use vi or en)");
        valid = false;
        continue;
      }
      Optional<String> text = text(key + "." + entry.getKey(), entry.getValue().getValueNode());
      text.ifPresent(t -> texts.put(language.get(), t));
      valid &= text.isPresent();
    }
    if (valid && texts.isEmpty()) {
      source.error(value, "field '" + key + "' needs a text in vi or en");
    }
    return valid && !texts.isEmpty()
        ? Optional.of(BilingualText.of(texts.get(Language.VI), texts.get(Language.EN)))
        : Optional.empty();
  }

  private Optional<String> text(String key, Node value) {
    String message = source.style().field(key) + " must be a non-empty text";
    if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
      source.error(value, message);
      return Optional.empty();
    }
    String text = scalar.getValue().strip();
    if (text.isEmpty()) {
      source.error(value, message);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private Optional<Integer> integer(String key, Node value, int min, int max) {
    String message = "field '" + key + "' must be a whole number from " + min + " to " + max;
    if (value instanceof ScalarNode scalar && scalar.getValue().strip().matches("[+-]?\\d{1,9}")) {
      int number = Integer.parseInt(scalar.getValue().strip());
      if (number >= min && number <= max) {
        return Optional.of(number);
      }
    }
    source.error(value, message);
    return Optional.empty();
  }

  /** {@code value} as a finite number, reported as {@code key} when it is not one. */
  Optional<Double> number(String key, Node value) {
    if (value instanceof ScalarNode scalar
        && scalar.getValue().strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Optional.of(Double.parseDouble(scalar.getValue().strip()));
    }
    source.error(value, "field '" + key + "' must be a number");
    return Optional.empty();
  }

  private Optional<Boolean> bool(String key, Node value) {
    if (value instanceof ScalarNode scalar) {
      String text = scalar.getValue().strip();
      if (text.equals("true") || text.equals("false")) {
        return Optional.of(Boolean.parseBoolean(text));
      }
    }
    source.error(value, "field '" + key + "' must be true or false");
    return Optional.empty();
  }

  /**
   * An optional number within {@code [min, max]}, as Java reads a double (so {@code 1e-3} too); a
   * value that is no text is reported as such.
   */
  public Optional<Double> number(String key, double min, double max) {
    String what = "a number from " + plain(min) + " to " + plain(max);
    return parsed(key, what, text -> Optional.of(Double.parseDouble(text)))
        .filter(d -> Double.isFinite(d) && d >= min && d <= max || wrong(key, what));
  }

  /** An optional whole number within {@code [min, max]}; a value that is no text is reported. */
  public Optional<Integer> optionalInteger(String key, int min, int max) {
    String what = "a whole number from " + min + " to " + max;
    return parsed(key, what, text -> Optional.of(Integer.parseInt(text)))
        .filter(i -> i >= min && i <= max || wrong(key, what));
  }

  /** An optional {@code true}/{@code false}, empty when absent or wrong (then reported). */
  public Optional<Boolean> optionalBool(String key) {
    return parsed(
        key,
        "true or false",
        text ->
            text.equals("true") || text.equals("false")
                ? Optional.of(Boolean.parseBoolean(text))
                : Optional.empty());
  }

  /**
   * The text at {@code key} read by {@code parse}; reports that it must be {@code what} when parse
   * gives nothing or throws {@link NumberFormatException}.
   */
  private <T> Optional<T> parsed(String key, String what, Function<String, Optional<T>> parse) {
    return optionalText(key)
        .flatMap(
            text -> {
              Optional<T> value;
              try {
                value = parse.apply(text);
              } catch (NumberFormatException e) {
                value = Optional.empty();
              }
              if (value.isEmpty()) {
                wrong(key, what);
              }
              return value;
            });
  }

  /** Reports that {@code key} must be {@code what}; false, for use in filters. */
  private boolean wrong(String key, String what) {
    error(key, source.style().field(key) + " must be " + what);
    return false;
  }

  /** A list of texts, where a single text counts as a list of one; absent means empty. */
  public List<String> textsOrOne(String key) {
    Optional<Node> value = optional(key);
    List<String> texts = new ArrayList<>();
    String message = source.style().field(key) + " must be a list of texts";
    if (value.isEmpty()) {
      return texts;
    }
    if (value.get() instanceof ScalarNode scalar) {
      texts.add(scalar.getValue().strip());
    } else if (value.get() instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar) {
          texts.add(scalar.getValue().strip());
        } else {
          source.error(item, message);
        }
      }
    } else {
      source.error(value.get(), message);
    }
    return texts;
  }

  /** An optional nested mapping, reported when present but no mapping. */
  public Optional<YamlMap> mapping(String key) {
    Optional<Node> value = optional(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof MappingNode nested) {
      return Optional.of(new YamlMap(source, nested));
    }
    source.error(value.get(), source.style().field(key) + " must be a mapping of fields");
    return Optional.empty();
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
