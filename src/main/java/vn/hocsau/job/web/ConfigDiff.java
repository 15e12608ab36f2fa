package vn.hocsau.job.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What differs between the submissions of several runs, and only that. Network configs (YAML or
 * JSON) are compared setting by setting: each is flattened to paths such as {@code
 * layers[0].dense.units}, and only paths whose values are not all the same are kept. Anything else
 * (Java code, a config that does not parse) is compared line by line against the first run, keeping
 * only the changed lines. Learner text is parsed with SnakeYAML's safe constructor and tight
 * limits, and is never markup: the template escapes it.
 */
public final class ConfigDiff {

  /** Shown for a setting one run does not have. */
  public static final String ABSENT = "—";

  /** Most settings flattened per config; beyond it, the line diff is clearer anyway. */
  static final int MAX_SETTINGS = 2000;

  /** Deepest nesting flattened. */
  static final int MAX_DEPTH = 20;

  /** One setting that differs: its path and its value in each run, in order. */
  public record Setting(String path, List<String> values) {}

  /** The changed lines of one run against the first run. */
  public record Lines(long jobId, long baseJobId, List<LineDiff.Line> lines) {}

  /**
   * The differences.
   *
   * @param structured whether the configs were compared setting by setting ({@code settings}) or
   *     line by line ({@code lines})
   * @param same whether all submissions are identical
   */
  public record Result(
      boolean structured, List<Setting> settings, List<Lines> lines, boolean same) {}

  private ConfigDiff() {}

  /** The differences between {@code texts} (null counts as empty), one per job in {@code ids}. */
  public static Result of(List<Long> ids, List<String> texts) {
    List<Map<String, String>> flat = new ArrayList<>();
    for (String text : texts) {
      Map<String, String> settings = settings(text);
      if (settings == null) {
        return byLines(ids, texts);
      }
      flat.add(settings);
    }
    Set<String> paths = new LinkedHashSet<>();
    flat.forEach(f -> paths.addAll(f.keySet()));
    List<Setting> out = new ArrayList<>();
    for (String path : paths) {
      List<String> values = flat.stream().map(f -> f.getOrDefault(path, ABSENT)).toList();
      if (values.stream().distinct().count() > 1) {
        out.add(new Setting(path, values));
      }
    }
    boolean same = texts.stream().map(t -> t == null ? "" : t).distinct().count() <= 1;
    return new Result(true, out, List.of(), same);
  }

  private static Result byLines(List<Long> ids, List<String> texts) {
    List<Lines> out = new ArrayList<>();
    for (int i = 1; i < texts.size(); i++) {
      List<LineDiff.Line> changed =
          LineDiff.of(texts.get(0), texts.get(i)).stream()
              .filter(l -> l.op() != LineDiff.Op.SAME)
              .toList();
      out.add(new Lines(ids.get(i), ids.get(0), changed));
    }
    return new Result(false, List.of(), out, out.stream().allMatch(l -> l.lines().isEmpty()));
  }

  /** A config's settings by path, or null when it is not a YAML/JSON mapping (or too big). */
  static Map<String, String> settings(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    Object tree;
    try {
      tree = yaml().load(text);
    } catch (RuntimeException e) {
      return null; // not YAML: Java code, or a broken config
    }
    if (!(tree instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    return flatten("", tree, 0, out) ? out : null;
  }

  private static boolean flatten(String path, Object node, int depth, Map<String, String> out) {
    if (depth > MAX_DEPTH || out.size() > MAX_SETTINGS) {
      return false;
    }
    if (node instanceof Map<?, ?> map && !map.isEmpty()) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (!flatten(path.isEmpty() ? key : path + "." + key, e.getValue(), depth + 1, out)) {
          return false;
        }
      }
      return true;
    }
    if (node instanceof List<?> list && !list.isEmpty()) {
      for (int i = 0; i < list.size(); i++) {
        if (!flatten(path + "[" + i + "]", list.get(i), depth + 1, out)) {
          return false;
        }
      }
      return true;
    }
    out.put(
        path,
        node instanceof Map || node instanceof List ? node.toString() : Objects.toString(node));
    return true;
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH + 5);
    options.setCodePointLimit(1_000_000);
    // No implicit types: every scalar stays the text the learner wrote, so "0.0003" is not shown
    // as "3.0E-4" and "1e-3" against "0.001" shows as the change it is in the text.
    Resolver plain =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {}
        };
    return new Yaml(
        new SafeConstructor(options),
        new Representer(new DumperOptions()),
        new DumperOptions(),
        options,
        plain);
  }
}
