package vn.hocsau.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing some parts of a course (lessons, quizzes, labs) would do, by slug: the parts the
 * files add, change (their content hash differs from the stored one) and remove. The dry run of a
 * course push shows these.
 *
 * @param added slugs in the files and not stored, in file order
 * @param changed slugs in both whose hashes differ, in file order
 * @param removed slugs stored and no longer in the files, sorted
 */
public record Changes(List<String> added, List<String> changed, List<String> removed) {

  /** Nothing added, changed or removed. */
  public static final Changes NONE = new Changes(List.of(), List.of(), List.of());

  /** Copies the lists. */
  public Changes {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  /**
   * The changes from {@code stored} to {@code read}, both slug to content hash; {@code read} in
   * file order. A slug in {@code unreadable} (a part whose files have errors) counts as neither
   * removed nor changed: the import leaves it as it is.
   */
  public static Changes between(
      Map<String, String> stored, Map<String, String> read, List<String> unreadable) {
    Map<String, String> left = new HashMap<>(stored);
    unreadable.forEach(left::remove);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    read.forEach(
        (slug, hash) -> {
          String was = left.remove(slug);
          if (was == null) {
            added.add(slug);
          } else if (!was.equals(hash)) {
            changed.add(slug);
          }
        });
    return new Changes(added, changed, left.keySet().stream().sorted().toList());
  }

  /** Whether nothing is added, changed or removed. */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }
}
