package vn.hocsau.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and checks the type-specific part of a question: what a right answer is. */
final class AnswerReader {

  private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "correct");
  private static final Set<String> ITEM_FIELDS = Set.of("id", "text");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private AnswerReader() {}

  static Optional<AnswerSource> read(YamlMap map, QuestionKind type, String id) {
    return switch (type) {
      case SINGLE, MULTI -> choices(map, type, id);
      case NUMERIC -> numeric(map);
      case TEXT -> text(map, id);
      case ORDERING -> ordering(map, id);
    };
  }

  private static Optional<AnswerSource> choices(YamlMap map, QuestionKind type, String id) {
    Optional<List<YamlMap>> maps = map.maps("options");
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    List<AnswerSource.Option> options = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < maps.get().size(); i++) {
      YamlMap option = maps.get().get(i);
      option.rejectUnknown(OPTION_FIELDS);
      Optional<String> optionId = itemId(option, i, ids, id);
      Optional<BilingualText> text = option.localizedOrNeutral("text");
      Optional<Boolean> correct = option.bool("correct", false);
      if (optionId.isPresent() && text.isPresent() && correct.isPresent()) {
        options.add(new AnswerSource.Option(optionId.get(), text.get(), correct.get()));
      }
    }
    if (options.size() != maps.get().size() || !hasRightCorrectCount(map, type, id, options)) {
      return Optional.empty();
    }
    return Optional.of(new AnswerSource.Choices(options));
  }

  private static boolean hasRightCorrectCount(
      YamlMap map, QuestionKind type, String id, List<AnswerSource.Option> options) {
    long correct = options.stream().filter(AnswerSource.Option::correct).count();
    if (options.size() < 2) {
      map.error("options", "question '" + id + "' needs at least 2 options");
      return false;
    }
    if (type == QuestionKind.SINGLE && correct != 1) {
      map.error(
          "options",
          "single-choice question '"
              + id
              + "' must have exactly 1 correct option, found "
              + correct);
      return false;
    }
    if (type == QuestionKind.MULTI && correct == 0) {
      map.error("options", "multi-choice question '" + id + "' needs at least 1 correct option");
      return false;
    }
    return true;
  }

  /** The explicit id of an option or item, else its letter by position. */
  private static Optional<String> itemId(YamlMap item, int index, Set<String> seen, String id) {
    String itemId;
    if (item.has("id")) {
      Optional<String> given = item.text("id");
      if (given.isEmpty()) {
        return Optional.empty();
      }
      if (!Slugs.isValid(given.get())) {
        item.error("id", Slugs.invalid("id", given.get()));
        return Optional.empty();
      }
      itemId = given.get();
    } else {
      itemId = index < LETTERS.length() ? LETTERS.substring(index, index + 1) : "o" + (index + 1);
    }
    if (!seen.add(itemId)) {
      item.error("id", "duplicate id '" + itemId + "' in question '" + id + "'");
      return Optional.empty();
    }
    return Optional.of(itemId);
  }

  private static Optional<AnswerSource> numeric(YamlMap map) {
    if (map.has("range")) {
      if (map.has("answer") || map.has("tolerance") || map.has("relative_tolerance")) {
        map.error("range", "give either answer (with a tolerance) or range, not both");
        return Optional.empty();
      }
      return range(map);
    }
    if (map.has("tolerance") && map.has("relative_tolerance")) {
      map.error("relative_tolerance", "give tolerance or relative_tolerance, not both");
      return Optional.empty();
    }
    Optional<Double> answer = map.required("answer").flatMap(n -> map.number("answer", n));
    boolean relative = map.has("relative_tolerance");
    String key = relative ? "relative_tolerance" : "tolerance";
    Optional<Double> tolerance = map.has(key) ? map.number(key) : Optional.of(0.0);
    if (tolerance.isPresent() && tolerance.get() < 0) {
      map.error(key, "field '" + key + "' must be a number of 0 or more");
      return Optional.empty();
    }
    if (answer.isEmpty() || tolerance.isEmpty()) {
      return Optional.empty();
    }
    double a = answer.get();
    double margin = relative ? Math.abs(a) * tolerance.get() : tolerance.get();
    AnswerSource.Numeric.Mode mode =
        relative ? AnswerSource.Numeric.Mode.RELATIVE : AnswerSource.Numeric.Mode.ABSOLUTE;
    return Optional.of(new AnswerSource.Numeric(mode, a, tolerance.get(), a - margin, a + margin));
  }

  private static Optional<AnswerSource> range(YamlMap map) {
    Node node = map.optional("range").orElseThrow();
    String message = "field 'range' must be a list of two numbers [min, max] with min <= max";
    if (!(node instanceof SequenceNode sequence) || sequence.getValue().size() != 2) {
      map.error("range", message);
      return Optional.empty();
    }
    Optional<Double> min = map.number("range", sequence.getValue().get(0));
    Optional<Double> max = map.number("range", sequence.getValue().get(1));
    if (min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    if (min.get() > max.get()) {
      map.error("range", message);
      return Optional.empty();
    }
    double middle = (min.get() + max.get()) / 2;
    return Optional.of(
        new AnswerSource.Numeric(AnswerSource.Numeric.Mode.RANGE, middle, 0, min.get(), max.get()));
  }

  private static Optional<AnswerSource> text(YamlMap map, String id) {
    Optional<List<String>> accepted = map.texts("accept");
    Optional<String> regex = map.has("regex") ? map.optionalText("regex") : Optional.empty();
    Optional<Boolean> exact = map.bool("exact", false);
    if (map.has("regex") && (regex.isEmpty() || !compiles(map, regex.get(), id))) {
      return Optional.empty();
    }
    if (accepted.isEmpty() || exact.isEmpty()) {
      return Optional.empty();
    }
    if (accepted.get().isEmpty() && regex.isEmpty()) {
      map.error("type", "text question '" + id + "' needs 'accept' answers or a 'regex'");
      return Optional.empty();
    }
    return Optional.of(new AnswerSource.Text(accepted.get(), regex, exact.get()));
  }

  private static boolean compiles(YamlMap map, String regex, String id) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      map.error("regex", "invalid regex in question '" + id + "': " + e.getDescription());
      return false;
    }
  }

  private static Optional<AnswerSource> ordering(YamlMap map, String id) {
    Optional<List<YamlMap>> maps = map.maps("items");
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    List<AnswerSource.Item> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < maps.get().size(); i++) {
      YamlMap item = maps.get().get(i);
      item.rejectUnknown(ITEM_FIELDS);
      Optional<String> itemId = itemId(item, i, ids, id);
      Optional<BilingualText> text = item.localizedOrNeutral("text");
      if (itemId.isPresent() && text.isPresent()) {
        items.add(new AnswerSource.Item(itemId.get(), text.get()));
      }
    }
    if (items.size() != maps.get().size()) {
      return Optional.empty();
    }
    if (items.size() < 2) {
      map.error("items", "ordering question '" + id + "' needs at least 2 items");
      return Optional.empty();
    }
    return Optional.of(new AnswerSource.Ordering(items));
  }
}
