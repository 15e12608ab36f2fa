package vn.hocsau.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.system.i18n.Language;

/**
 * One lesson: the {@code NN-slug.vi.md} and/or {@code NN-slug.en.md} files of a module.
 *
 * @param number the {@code NN} of the file names; lessons are ordered by it within their module
 * @param slug stable key, unique within the course, so a lesson can move between modules and keep
 *     its learners' progress
 * @param texts the lesson in each language it is written in (at least one)
 * @param images the image files its Markdown references, each once
 * @param contentHash SHA-256 (hex) over every language version and the bytes of its images: the
 *     importer creates a new lesson version exactly when this changes
 */
public record LessonSource(
    int number,
    String slug,
    Map<Language, LessonText> texts,
    List<LessonImage> images,
    String contentHash) {

  /** Copies the collections; languages are kept in site order (Vietnamese first). */
  public LessonSource {
    EnumMap<Language, LessonText> ordered = new EnumMap<>(Language.class);
    ordered.putAll(texts);
    if (ordered.isEmpty()) {
      throw new IllegalArgumentException("lesson " + slug + " has no text");
    }
    texts = Collections.unmodifiableMap(ordered);
    images = List.copyOf(images);
  }

  /** The languages this lesson is written in. */
  public Set<Language> languages() {
    return texts.keySet();
  }

  /** The lesson in {@code language}, if written. */
  public Optional<LessonText> text(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  /**
   * The lesson in {@code preferred} or, when it is not written in that language, in the other one;
   * compare {@link LessonText#language()} to show the "not yet translated" notice.
   */
  public LessonText textOrFallback(Language preferred) {
    return text(preferred).orElseGet(() -> texts.values().iterator().next());
  }
}
