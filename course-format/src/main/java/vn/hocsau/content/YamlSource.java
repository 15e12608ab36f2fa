package vn.hocsau.content;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML text (a whole file, or the front matter of a lesson) parsed into SnakeYAML nodes, which
 * keep their positions, so that every problem can point at a real line of the file. Only the node
 * graph is built: no Java objects are constructed from the YAML, so tags cannot instantiate types.
 * This is the one YAML reader of the {@code courses/} format: courses, lessons, quizzes, the
 * learning path, labs and datasets.
 */
public final class YamlSource {

  private final String file;
  private final String text;
  private final int lineOffset;
  private final Problems problems;
  private final YamlStyle style;

  private YamlSource(String file, String text, int lineOffset, Problems problems, YamlStyle style) {
    this.file = file;
    this.text = text;
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.style = style;
  }

  /**
   * Parses {@code text}, which starts at line {@code lineOffset + 1} of {@code file}, into a
   * top-level mapping; reports syntax errors and returns empty when there is none.
   */
  static Optional<YamlMap> parse(Path file, String text, int lineOffset, Problems problems) {
    return parse(problems.relative(file), text, lineOffset, problems, YamlStyle.COURSE);
  }

  /**
   * Parses {@code text}, the whole of the file named {@code file} in problems, into a top-level
   * mapping worded and bounded as {@code style} says; reports what is wrong and returns empty when
   * there is none.
   */
  public static Optional<YamlMap> parse(
      String file, String text, Problems problems, YamlStyle style) {
    return parse(file, text, 0, problems, style);
  }

  private static Optional<YamlMap> parse(
      String file, String text, int lineOffset, Problems problems, YamlStyle style) {
    YamlSource source = new YamlSource(file, text, lineOffset, problems, style);
    Node root;
    try {
      root = new Yaml(loaderOptions(style)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      problems.error(file, line + lineOffset, column, "YAML syntax error: " + problem);
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error(file, 1 + lineOffset, "YAML error: " + e.getMessage());
      return Optional.empty();
    }
    if (style == YamlStyle.LAB && !(root instanceof MappingNode)) {
      source.error(1, "expected fields like 'kind: lab'");
      return Optional.empty();
    }
    if (root == null) {
      source.error(1 + lineOffset, "no fields: expected lines like 'title: ...'");
      return Optional.empty();
    }
    return YamlMap.of(source, root, "the document");
  }

  private static LoaderOptions loaderOptions(YamlStyle style) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(style.maxNesting());
    options.setCodePointLimit(style.maxCodePoints());
    return options;
  }

  YamlStyle style() {
    return style;
  }

  /** The 1-based line of {@code node} in the file. */
  int line(Node node) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }

  void error(Node node, String message) {
    problems.error(file, line(node), node.getStartMark().getColumn() + 1, message);
  }

  void error(int line, String message) {
    problems.error(file, line, message);
  }

  /** The YAML text that {@code node} was parsed from, for hashing one question. */
  String slice(Node node) {
    int start = text.offsetByCodePoints(0, node.getStartMark().getIndex());
    int end = text.offsetByCodePoints(0, node.getEndMark().getIndex());
    return text.substring(start, end);
  }
}
