package vn.hocsau.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads and validates a module's {@code quiz.yaml}: its settings and its questions. */
final class QuizReader {

  private static final Set<String> FIELDS = Set.of("settings", "questions");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("attempts", "pass_mark", "shuffle", "reveal_answers");
  private static final int MAX_ATTEMPTS = 100;

  private QuizReader() {}

  static Optional<QuizSource> read(Path file, Problems problems) {
    Optional<String> text = SourceText.read(file, problems);
    Optional<YamlMap> yaml = text.flatMap(t -> YamlSource.parse(file, t, 0, problems));
    if (yaml.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = yaml.get();
    map.rejectUnknown(FIELDS);
    Optional<QuizSettings> settings =
        map.required("settings")
            .flatMap(node -> YamlMap.of(map.source(), node, "field 'settings'"))
            .flatMap(QuizReader::settings);
    Optional<List<QuestionSource>> questions = map.maps("questions").flatMap(QuizReader::questions);
    if (settings.isEmpty() || questions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QuizSource(
            problems.relative(file),
            settings.get(),
            questions.get(),
            ContentHash.of(text.get()),
            text.get()));
  }

  private static Optional<QuizSettings> settings(YamlMap map) {
    map.rejectUnknown(SETTINGS_FIELDS);
    Optional<OptionalInt> attempts = attempts(map);
    Optional<Integer> passMark = map.integer("pass_mark", 0, 100);
    Optional<Boolean> shuffle = map.bool("shuffle", false);
    Optional<Boolean> reveal = map.bool("reveal_answers", true);
    if (attempts.isEmpty() || passMark.isEmpty() || shuffle.isEmpty() || reveal.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QuizSettings(attempts.get(), passMark.get(), shuffle.get(), reveal.get()));
  }

  /** {@code unlimited} (the default) or a whole number of attempts. */
  private static Optional<OptionalInt> attempts(YamlMap map) {
    if (!map.has("attempts")) {
      return Optional.of(OptionalInt.empty());
    }
    Optional<String> text = map.optionalText("attempts");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().equals("unlimited")) {
      return Optional.of(OptionalInt.empty());
    }
    if (text.get().matches("\\d{1,3}")) {
      int attempts = Integer.parseInt(text.get());
      if (attempts >= 1 && attempts <= MAX_ATTEMPTS) {
        return Optional.of(OptionalInt.of(attempts));
      }
    }
    map.error(
        "attempts",
        "field 'attempts' must be unlimited or a whole number from 1 to " + MAX_ATTEMPTS);
    return Optional.empty();
  }

  private static Optional<List<QuestionSource>> questions(List<YamlMap> maps) {
    List<QuestionSource> questions = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    boolean valid = true;
    for (YamlMap map : maps) {
      Optional<QuestionSource> question = QuestionReader.read(map);
      boolean newId = isNewId(map, idLines);
      valid &= question.isPresent() && newId;
      question.ifPresent(questions::add);
    }
    return valid ? Optional.of(questions) : Optional.empty();
  }

  /** Checked on the raw id, so a duplicate is reported even when its question has other errors. */
  private static boolean isNewId(YamlMap map, Map<String, Integer> idLines) {
    Optional<String> id = map.peekText("id");
    if (id.isEmpty()) {
      return true;
    }
    Integer first = idLines.putIfAbsent(id.get(), map.lineOf("id"));
    if (first != null) {
      map.error("id", "duplicate question id '" + id.get() + "' (first at line " + first + ")");
      return false;
    }
    return true;
  }
}
