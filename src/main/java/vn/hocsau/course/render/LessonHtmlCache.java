package vn.hocsau.course.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.hocsau.system.Sha256;

/**
 * Rendered HTML per lesson version. An entry is keyed by lesson id and remembers the hash of what
 * it was rendered from (Markdown and context), so an edited lesson renders again on its next view
 * and replaces its old entry, with no invalidation call needed. Bounded, least recently used out
 * first. Per replica: a render is cheap enough that replicas need not share.
 */
@ApplicationScoped
public class LessonHtmlCache {

  /** A lesson page is 10–50 KB of HTML, so this stays within a few tens of MB. */
  static final int DEFAULT_MAX_ENTRIES = 512;

  private record Entry(String contentHash, RenderedLesson lesson) {}

  private final LessonRenderer renderer;
  private final Map<String, Entry> entries;

  /** The CDI constructor, with the default size. */
  @Inject
  public LessonHtmlCache(LessonRenderer renderer) {
    this(renderer, DEFAULT_MAX_ENTRIES);
  }

  /** A cache holding at most {@code maxEntries} lessons. */
  public LessonHtmlCache(LessonRenderer renderer, int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.renderer = renderer;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /**
   * The rendered lesson, from the cache when this lesson was last rendered from the same Markdown
   * and context. {@code lessonId} should name one locale of one lesson (e.g. {@code 42:vi}).
   */
  public RenderedLesson get(String lessonId, String markdown, RenderContext ctx) {
    String hash = contentHash(markdown, ctx);
    synchronized (entries) {
      Entry hit = entries.get(lessonId);
      if (hit != null && hit.contentHash().equals(hash)) {
        return hit.lesson();
      }
    }
    // Rendered outside the lock: two first views may both render, which is harmless.
    RenderedLesson lesson = renderer.render(markdown, ctx);
    synchronized (entries) {
      entries.put(lessonId, new Entry(hash, lesson));
    }
    return lesson;
  }

  /**
   * The rendering of content that never changes under {@code key} (a lesson version, its language
   * and its asset base): rendered from {@code markdown} once, then served from the cache without
   * reading or hashing the Markdown again.
   */
  public RenderedLesson ofImmutable(String key, Supplier<String> markdown, RenderContext ctx) {
    synchronized (entries) {
      Entry hit = entries.get(key);
      if (hit != null) {
        return hit.lesson();
      }
    }
    RenderedLesson lesson = renderer.render(markdown.get(), ctx);
    synchronized (entries) {
      entries.put(key, new Entry("", lesson));
    }
    return lesson;
  }

  /** Forgets one lesson, e.g. after it was deleted. */
  public void evict(String lessonId) {
    synchronized (entries) {
      entries.remove(lessonId);
    }
  }

  /** How many lessons are held now. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** SHA-256 (hex) of the Markdown and the context it is rendered in. */
  public static String contentHash(String markdown, RenderContext ctx) {
    return Sha256.hex(ctx + "\0" + markdown);
  }
}
