package vn.hocsau.content;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields every question has, then hands the type-specific part to {@link AnswerReader}.
 */
final class QuestionReader {

  private static final Set<String> COMMON_FIELDS =
      Set.of("id", "type", "prompt", "explanation", "points");
  private static final Map<QuestionKind, Set<String>> TYPE_FIELDS =
      Map.of(
          QuestionKind.SINGLE, Set.of("options"),
          QuestionKind.MULTI, Set.of("options"),
          QuestionKind.NUMERIC, Set.of("answer", "tolerance", "relative_tolerance", "range"),
          QuestionKind.TEXT, Set.of("accept", "regex", "exact"),
          QuestionKind.ORDERING, Set.of("items"));

  private QuestionReader() {}

  static Optional<QuestionSource> read(YamlMap map) {
    Optional<String> id = map.text("id").filter(i -> isValidId(map, i));
    Optional<QuestionKind> type = map.text("type").flatMap(code -> type(map, code));
    Optional<BilingualText> prompt = map.localized("prompt");
    Optional<BilingualText> explanation = map.localized("explanation");
    Optional<Double> points = points(map);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Set<String> known = new HashSet<>(COMMON_FIELDS);
    known.addAll(TYPE_FIELDS.get(type.get()));
    map.rejectUnknown(known);
    String label = id.orElse("?");
    Optional<AnswerSource> answer = AnswerReader.read(map, type.get(), label);
    if (id.isEmpty()
        || prompt.isEmpty()
        || explanation.isEmpty()
        || points.isEmpty()
        || answer.isEmpty()) {
      return Optional.empty();
    }
    // The slice of a question ends with the indentation of whatever follows it: strip it, so
    // appending a question does not change the hash of the one before.
    String hash = ContentHash.of(map.source().slice(map.node()).stripTrailing());
    return Optional.of(
        new QuestionSource(
            id.get(),
            type.get(),
            prompt.get(),
            explanation.get(),
            points.get(),
            map.line(),
            hash,
            answer.get()));
  }

  private static boolean isValidId(YamlMap map, String id) {
    if (!Slugs.isValid(id)) {
      map.error("id", Slugs.invalid("question id", id));
      return false;
    }
    return true;
  }

  private static Optional<QuestionKind> type(YamlMap map, String code) {
    Optional<QuestionKind> type = QuestionKind.fromCode(code);
    if (type.isEmpty()) {
      map.error(
          "type",
          "unknown question type '" + code + "' (use single, multi, numeric, text or ordering)");
    }
    return type;
  }

  private static Optional<Double> points(YamlMap map) {
    if (!map.has("points")) {
      return Optional.of(1.0);
    }
    Optional<Double> points = map.number("points");
    if (points.isPresent() && points.get() <= 0) {
      map.error("points", "field 'points' must be a number above 0");
      return Optional.empty();
    }
    return points;
  }
}
