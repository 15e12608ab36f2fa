package vn.hocsau.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.hocsau.system.Sha256;

/**
 * Reads and validates {@code path.yaml} at the top of a courses folder. A course named by its slug
 * alone must have a folder there; a planned course gives a title instead and is shown as "coming
 * soon". A course appears at most once in the whole path.
 */
public final class LearningPathReader {

  /** The file name, at the top of the courses folder. */
  public static final String FILE = "path.yaml";

  private static final Set<String> FIELDS = Set.of("stages");
  private static final Set<String> STAGE_FIELDS = Set.of("id", "title", "summary", "courses");
  private static final Set<String> ENTRY_FIELDS = Set.of("slug", "title");

  /**
   * What the file gave.
   *
   * @param path empty when there is no file or it has an error
   */
  public record Result(Optional<LearningPathSource> path, List<Problem> problems) {

    /** Whether the file has any error. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private LearningPathReader() {}

  /** Reads {@code root}/path.yaml; no file is no path and no problem. */
  public static Result read(Path root) {
    Path dir = root.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new Result(Optional.empty(), List.of());
    }
    Problems problems = new Problems(dir);
    Optional<String> text = SourceText.read(file, problems);
    Optional<List<LearningPathSource.Stage>> stages =
        text.flatMap(t -> YamlSource.parse(file, t, 0, problems)).flatMap(map -> stages(map, dir));
    List<Problem> found = problems.sorted();
    boolean valid = stages.isPresent() && found.stream().noneMatch(Problem::isError);
    Optional<LearningPathSource> path =
        valid
            ? Optional.of(new LearningPathSource(stages.get(), Sha256.hex(text.get())))
            : Optional.empty();
    return new Result(path, found);
  }

  private static Optional<List<LearningPathSource.Stage>> stages(YamlMap map, Path root) {
    map.rejectUnknown(FIELDS);
    Optional<List<YamlMap>> items = map.maps("stages");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Set<String> stageIds = new HashSet<>();
    Set<String> courseSlugs = new HashSet<>();
    List<LearningPathSource.Stage> stages = new ArrayList<>();
    boolean valid = true;
    for (YamlMap item : items.get()) {
      item.rejectUnknown(STAGE_FIELDS);
      Optional<String> id = item.text("id").filter(i -> slug(item, "id", "stage id", i));
      if (id.isPresent() && !stageIds.add(id.get())) {
        item.error("id", "stage id '" + id.get() + "' is used twice");
        id = Optional.empty();
      }
      Optional<BilingualText> title = item.localized("title");
      Optional<BilingualText> summary =
          item.has("summary") ? item.localized("summary") : Optional.empty();
      List<LearningPathSource.Entry> courses = entries(item, root, courseSlugs);
      if (id.isEmpty() || title.isEmpty() || (item.has("summary") && summary.isEmpty())) {
        valid = false;
        continue;
      }
      stages.add(new LearningPathSource.Stage(id.get(), title.get(), summary, courses));
    }
    return valid ? Optional.of(stages) : Optional.empty();
  }

  private static List<LearningPathSource.Entry> entries(
      YamlMap stage, Path root, Set<String> seen) {
    Optional<Node> node = stage.required("courses");
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof SequenceNode list) || list.getValue().isEmpty()) {
      stage.error("courses", "field 'courses' must be a list of course slugs");
      return List.of();
    }
    List<LearningPathSource.Entry> entries = new ArrayList<>();
    for (Node item : list.getValue()) {
      entry(stage.source(), item, root).ifPresent(e -> add(stage.source(), item, e, seen, entries));
    }
    return entries;
  }

  private static void add(
      YamlSource source,
      Node item,
      LearningPathSource.Entry entry,
      Set<String> seen,
      List<LearningPathSource.Entry> entries) {
    if (!seen.add(entry.slug())) {
      source.error(item, "course '" + entry.slug() + "' is already in the path");
      return;
    }
    entries.add(entry);
  }

  private static Optional<LearningPathSource.Entry> entry(YamlSource source, Node item, Path root) {
    if (item instanceof ScalarNode scalar) {
      String slug = scalar.getValue().strip();
      if (!Slugs.isValid(slug)) {
        source.error(item, Slugs.invalid("course slug", slug));
        return Optional.empty();
      }
      if (!Files.isDirectory(root.resolve(slug))) {
        source.error(
            item,
            "unknown course '"
                + slug
                + "': add its folder, or write {slug: "
                + slug
                + ", title: {vi: ..., en: ...}} for a planned course");
        return Optional.empty();
      }
      return Optional.of(new LearningPathSource.Entry(slug, Optional.empty()));
    }
    if (!(item instanceof MappingNode)) {
      source.error(item, "a course must be a slug or {slug: ..., title: ...}");
      return Optional.empty();
    }
    Optional<YamlMap> map = YamlMap.of(source, item, "a planned course");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    map.get().rejectUnknown(ENTRY_FIELDS);
    Optional<String> slug =
        map.get().text("slug").filter(s -> slug(map.get(), "slug", "course slug", s));
    Optional<BilingualText> title = map.get().localized("title");
    if (slug.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LearningPathSource.Entry(slug.get(), title));
  }

  private static boolean slug(YamlMap map, String key, String what, String value) {
    if (Slugs.isValid(value)) {
      return true;
    }
    map.error(key, Slugs.invalid(what, value));
    return false;
  }
}
