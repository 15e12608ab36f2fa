package vn.hocsau.course.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * What a visitor searches for in the catalog. Unknown levels and languages count as no filter, so a
 * hand-edited URL never fails.
 */
public record CatalogFilter(String q, String level, String tag, String lang) {

  private static final Set<String> LEVELS = Set.of("beginner", "intermediate", "advanced");
  private static final Set<String> LANGUAGES = Set.of("vi", "en");

  /** Trims and normalises every field; nulls become blank. */
  public CatalogFilter {
    q = clean(q, 200);
    level = clean(level, 20).toLowerCase(Locale.ROOT);
    level = LEVELS.contains(level) ? level : "";
    tag = clean(tag, 100);
    lang = clean(lang, 5).toLowerCase(Locale.ROOT);
    lang = LANGUAGES.contains(lang) ? lang : "";
  }

  /** Whether any filter or query is set. */
  public boolean isActive() {
    return !(q.isEmpty() && level.isEmpty() && tag.isEmpty() && lang.isEmpty());
  }

  private static String clean(String value, int max) {
    String text = value == null ? "" : value.strip();
    return text.length() > max ? text.substring(0, max) : text;
  }
}
