package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rendered HTML is cached per lesson version, within a bound. */
class LessonHtmlCacheTest {

  private static final RenderContext VI = RenderContext.lesson("/courses/c/assets/m", "vi");

  /** Counts renders, so a test sees hits and misses. */
  private static final class CountingRenderer extends LessonRenderer {
    final AtomicInteger renders = new AtomicInteger();

    @Override
    public RenderedLesson render(String markdown, RenderContext ctx) {
      renders.incrementAndGet();
      return super.render(markdown, ctx);
    }
  }

  private final CountingRenderer renderer = new CountingRenderer();

  @Test
  void sameVersionIsRenderedOnce() {
    LessonHtmlCache cache = new LessonHtmlCache(renderer, 10);
    RenderedLesson first = cache.get("1:vi", "# Một", VI);
    assertSame(first, cache.get("1:vi", "# Một", VI));
    assertEquals(1, renderer.renders.get());
    assertTrue(first.html().contains("id=\"mot\""));
  }

  @Test
  void editedLessonRendersAgainAndReplacesItsEntry() {
    LessonHtmlCache cache = new LessonHtmlCache(renderer, 10);
    RenderedLesson v1 = cache.get("1:vi", "# Một", VI);
    RenderedLesson v2 = cache.get("1:vi", "# Hai", VI);
    assertNotSame(v1, v2);
    assertTrue(v2.html().contains("Hai"));
    assertEquals(1, cache.size());
    assertEquals(2, renderer.renders.get());
  }

  @Test
  void contextIsPartOfTheVersion() {
    LessonHtmlCache cache = new LessonHtmlCache(renderer, 10);
    RenderContext en = RenderContext.lesson("/courses/c/assets/m", "en");
    cache.get("1", "|a|\n|-|\n|1|", VI);
    assertTrue(cache.get("1", "|a|\n|-|\n|1|", en).html().contains("aria-label=\"Table\""));
    assertNotEquals(LessonHtmlCache.contentHash("x", VI), LessonHtmlCache.contentHash("x", en));
  }

  @Test
  void leastRecentlyUsedLessonLeavesFirst() {
    LessonHtmlCache cache = new LessonHtmlCache(renderer, 2);
    cache.get("a", "A", VI);
    cache.get("b", "B", VI);
    cache.get("a", "A", VI); // a is now the most recent
    cache.get("c", "C", VI); // b goes
    assertEquals(2, cache.size());
    assertEquals(3, renderer.renders.get());
    cache.get("a", "A", VI);
    assertEquals(3, renderer.renders.get());
    cache.get("b", "B", VI);
    assertEquals(4, renderer.renders.get());
  }

  @Test
  void evictForgetsALesson() {
    LessonHtmlCache cache = new LessonHtmlCache(renderer, 2);
    cache.get("a", "A", VI);
    cache.evict("a");
    assertEquals(0, cache.size());
    cache.get("a", "A", VI);
    assertEquals(2, renderer.renders.get());
  }
}
