package vn.hocsau.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and validates a {@code course.yaml}. */
final class CourseYamlReader {

  private static final Set<String> FIELDS =
      Set.of("slug", "title", "summary", "level", "tags", "prerequisites", "completion");
  private static final Set<String> COMPLETION_FIELDS =
      Set.of("rule", "min_quiz_score", "version", "quizzes", "labs");
  private static final Set<String> REQUIRED_QUIZ_FIELDS = Set.of("module", "min_score");

  /**
   * What a {@code course.yaml} gave: the header when the whole file is valid, and the prerequisites
   * whenever they themselves are, so that cycles and unknown courses are reported in the same run
   * as a bad level.
   */
  record CourseYaml(Optional<CourseHeader> header, List<CourseHeader.Prerequisite> prerequisites) {}

  private CourseYamlReader() {}

  static CourseYaml read(Path file, String folderName, Problems problems) {
    Optional<YamlMap> yaml =
        SourceText.read(file, problems).flatMap(text -> YamlSource.parse(file, text, 0, problems));
    if (yaml.isEmpty()) {
      return new CourseYaml(Optional.empty(), List.of());
    }
    YamlMap map = yaml.get();
    map.rejectUnknown(FIELDS);
    Optional<String> slug = map.text("slug").filter(s -> isFolderSlug(map, s, folderName));
    Optional<BilingualText> title = map.localized("title");
    Optional<BilingualText> summary = map.localized("summary");
    Optional<Level> level = map.text("level").flatMap(code -> level(map, code));
    Optional<List<String>> tags = map.texts("tags");
    Optional<List<CourseHeader.Prerequisite>> prerequisites = prerequisites(map);
    Optional<RuleRead> completion = completion(map);
    if (slug.isEmpty()
        || title.isEmpty()
        || summary.isEmpty()
        || level.isEmpty()
        || tags.isEmpty()
        || prerequisites.isEmpty()
        || completion.isEmpty()) {
      return new CourseYaml(Optional.empty(), prerequisites.orElse(List.of()));
    }
    CourseHeader header =
        new CourseHeader(
            file,
            slug.get(),
            title.get(),
            summary.get(),
            level.get(),
            tags.get(),
            prerequisites.get(),
            completion.get().rule(),
            completion.get().lines());
    return new CourseYaml(Optional.of(header), header.prerequisites());
  }

  private static boolean isFolderSlug(YamlMap map, String slug, String folderName) {
    if (!Slugs.isValid(slug)) {
      map.error("slug", Slugs.invalid("slug", slug));
      return false;
    }
    if (!slug.equals(folderName)) {
      map.error("slug", "slug '" + slug + "' must match the folder name '" + folderName + "'");
      return false;
    }
    return true;
  }

  private static Optional<Level> level(YamlMap map, String code) {
    Optional<Level> level = Level.fromCode(code);
    if (level.isEmpty()) {
      map.error("level", "unknown level '" + code + "' (use beginner, intermediate or advanced)");
    }
    return level;
  }

  private static Optional<List<CourseHeader.Prerequisite>> prerequisites(YamlMap map) {
    Optional<List<String>> slugs = map.texts("prerequisites");
    if (slugs.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> lines = map.itemLines("prerequisites");
    List<CourseHeader.Prerequisite> prerequisites = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < slugs.get().size(); i++) {
      String slug = slugs.get().get(i);
      int line = lines.get(i);
      if (!Slugs.isValid(slug)) {
        map.source().error(line, Slugs.invalid("prerequisite", slug));
        valid = false;
      } else if (!seen.add(slug)) {
        map.source().error(line, "prerequisite '" + slug + "' is listed twice");
        valid = false;
      } else {
        prerequisites.add(new CourseHeader.Prerequisite(slug, line));
      }
    }
    return valid ? Optional.of(prerequisites) : Optional.empty();
  }

  /** A completion rule and the lines that name its required quizzes and labs. */
  private record RuleRead(CompletionRule rule, CourseHeader.RequiredLines lines) {

    RuleRead(CompletionRule rule) {
      this(rule, new CourseHeader.RequiredLines(List.of(), List.of()));
    }
  }

  private static Optional<RuleRead> completion(YamlMap map) {
    Optional<Node> node = map.optional("completion");
    if (node.isEmpty()) {
      return Optional.of(new RuleRead(CompletionRule.allLessons()));
    }
    if (node.get() instanceof ScalarNode) {
      return map.text("completion")
          .flatMap(code -> kind(map, code))
          .map(kind -> new RuleRead(new CompletionRule(kind, OptionalInt.empty())));
    }
    Optional<YamlMap> rule = YamlMap.of(map.source(), node.get(), "field 'completion'");
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    YamlMap r = rule.get();
    r.rejectUnknown(COMPLETION_FIELDS);
    Optional<CompletionRule.Kind> kind = r.text("rule").flatMap(c -> kind(r, c));
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt minQuizScore = OptionalInt.empty();
    if (r.has("min_quiz_score")) {
      if (kind.get() != CompletionRule.Kind.LESSONS_AND_QUIZZES) {
        r.error("min_quiz_score", "min_quiz_score needs rule lessons-and-quizzes");
        return Optional.empty();
      }
      Optional<Integer> min = r.integer("min_quiz_score", 0, 100);
      if (min.isEmpty()) {
        return Optional.empty();
      }
      minQuizScore = OptionalInt.of(min.get());
    }
    Optional<Integer> version =
        r.has("version") ? r.integer("version", 1, 1_000_000) : Optional.of(1);
    Optional<List<CompletionRule.RequiredQuiz>> quizzes = requiredQuizzes(r);
    Optional<List<String>> labs = r.texts("labs").filter(l -> uniqueSlugs(r, "labs", l));
    if (version.isEmpty() || quizzes.isEmpty() || labs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleRead(
            new CompletionRule(kind.get(), minQuizScore, version.get(), quizzes.get(), labs.get()),
            new CourseHeader.RequiredLines(r.itemLines("quizzes"), r.itemLines("labs"))));
  }

  /** {@code quizzes:}: a list of {@code {module: slug, min_score: N}} (min_score optional). */
  private static Optional<List<CompletionRule.RequiredQuiz>> requiredQuizzes(YamlMap rule) {
    if (!rule.has("quizzes")) {
      return Optional.of(List.of());
    }
    Optional<List<YamlMap>> items = rule.maps("quizzes");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<CompletionRule.RequiredQuiz> quizzes = new ArrayList<>();
    for (YamlMap item : items.get()) {
      item.rejectUnknown(REQUIRED_QUIZ_FIELDS);
      Optional<String> module = item.text("module");
      Optional<Integer> min =
          item.has("min_score") ? item.integer("min_score", 0, 100) : Optional.of(-1);
      if (module.isEmpty() || min.isEmpty()) {
        return Optional.empty();
      }
      quizzes.add(
          new CompletionRule.RequiredQuiz(
              module.get(), min.get() < 0 ? OptionalInt.empty() : OptionalInt.of(min.get())));
    }
    List<String> modules = quizzes.stream().map(CompletionRule.RequiredQuiz::module).toList();
    return uniqueSlugs(rule, "quizzes", modules) ? Optional.of(quizzes) : Optional.empty();
  }

  private static boolean uniqueSlugs(YamlMap map, String key, List<String> slugs) {
    Set<String> seen = new HashSet<>();
    for (String slug : slugs) {
      if (!Slugs.isValid(slug)) {
        map.error(key, Slugs.invalid(key, slug));
        return false;
      }
      if (!seen.add(slug)) {
        map.error(key, "'" + slug + "' is listed twice in " + key);
        return false;
      }
    }
    return true;
  }

  private static Optional<CompletionRule.Kind> kind(YamlMap map, String code) {
    for (CompletionRule.Kind kind : CompletionRule.Kind.values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    String key = map.has("rule") ? "rule" : "completion";
    map.error(
        key, "unknown completion rule '" + code + "' (use all-lessons or lessons-and-quizzes)");
    return Optional.empty();
  }
}
