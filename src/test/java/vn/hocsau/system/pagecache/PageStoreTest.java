package vn.hocsau.system.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.TestClock;

/** The rules that keep a cached page from outliving its data. */
class PageStoreTest {

  private final TestClock clock = new TestClock();
  private PageStore store;

  @BeforeEach
  void trusted() {
    store = new PageStore(1000, clock);
    store.trust(true);
  }

  @Test
  void aPageKeptWithAFreshTicketIsServed() {
    PageStore.Ticket t = store.ticket("/a|vi", List.of("co-ban"), "vi").orElseThrow();
    assertTrue(store.keep(t, bytes("page a")));
    assertEquals("page a", store.page("/a|vi").orElseThrow().toString(StandardCharsets.UTF_8));
  }

  @Test
  void aPageRenderedAcrossAChangeIsNotKept() {
    // The request read the old lesson, then the edit's notification arrived before it finished.
    PageStore.Ticket t = store.ticket("/a|vi", List.of("co-ban"), "vi").orElseThrow();
    store.changed("another-course");
    assertFalse(store.keep(t, bytes("maybe stale")));
    assertTrue(store.page("/a|vi").isEmpty());
  }

  @Test
  void aChangeDropsItsCoursesPagesAndTheCatalogsOnly() {
    keep("/co-ban/1|vi", "co-ban", "lesson");
    keep("/khac/1|vi", "khac", "other lesson");
    keep("/courses?|vi", PageStore.EVERY_COURSE, "catalog");
    store.changed("co-ban", PageStore.EVERY_COURSE); // what the listener does for a course change
    assertTrue(store.page("/co-ban/1|vi").isEmpty());
    assertTrue(store.page("/courses?|vi").isEmpty());
    assertTrue(store.page("/khac/1|vi").isPresent());
    assertEquals("other lesson".length(), store.bytes());
  }

  @Test
  void withoutAListenerNothingIsServedOrKept() {
    keep("/a|vi", "co-ban", "lesson");
    PageStore.Ticket before = store.ticket("/b|vi", List.of("co-ban"), "vi").orElseThrow();
    store.trust(false);
    assertTrue(store.page("/a|vi").isEmpty());
    assertTrue(store.ticket("/b|vi", List.of("co-ban"), "vi").isEmpty());
    assertFalse(store.keep(before, bytes("x")));
    // Back online: notifications missed meanwhile cannot matter, the store starts empty.
    store.trust(true);
    assertTrue(store.page("/a|vi").isEmpty());
    assertFalse(store.keep(before, bytes("x")), "a ticket from before the outage is void");
  }

  @Test
  void theLeastRecentlyServedPageGoesFirstWhenOverBudget() {
    keep("/a|vi", "c", "a".repeat(400));
    keep("/b|vi", "c", "b".repeat(400));
    store.page("/a|vi"); // a was served last
    keep("/c|vi", "c", "c".repeat(400));
    assertTrue(store.page("/a|vi").isPresent());
    assertTrue(store.page("/b|vi").isEmpty());
    assertTrue(store.page("/c|vi").isPresent());
    assertTrue(store.bytes() <= 1000);
    assertFalse(
        store.keep(store.ticket("/big|vi", List.of("c"), "vi").orElseThrow(), new byte[1001]),
        "a page over the whole budget is never kept");
  }

  @Test
  void aBoardChangeDropsThatBoardsPagesOnly() {
    List<String> board = List.of("co-ban", PageStore.board("co-ban", "thi"), PageStore.EVERY_BOARD);
    keep("/labs/co-ban/thi/leaderboard?|vi", board, "board");
    keep(
        "/labs/co-ban/khac/leaderboard?|vi",
        List.of("co-ban", PageStore.board("co-ban", "khac"), PageStore.EVERY_BOARD),
        "other board");
    keep("/co-ban/1|vi", List.of("co-ban"), "lesson");
    store.changed(PageStore.board("co-ban", "thi"));
    assertTrue(store.page("/labs/co-ban/thi/leaderboard?|vi").isEmpty());
    assertTrue(store.page("/labs/co-ban/khac/leaderboard?|vi").isPresent());
    assertTrue(store.page("/co-ban/1|vi").isPresent());
    // A display name changed: every board, but no lesson.
    store.changed(PageStore.EVERY_BOARD);
    assertTrue(store.page("/labs/co-ban/khac/leaderboard?|vi").isEmpty());
    assertTrue(store.page("/co-ban/1|vi").isPresent());
    // The course's content changed (the lab's deadline, say): its boards go with its lessons.
    keep("/labs/co-ban/thi/leaderboard?|vi", board, "board");
    store.changed("co-ban", PageStore.EVERY_COURSE);
    assertEquals(0, store.size());
  }

  @Test
  void aPageKeptUntilAnInstantIsNotServedFromThatInstant() {
    Instant deadline = clock.instant().plus(Duration.ofHours(1));
    PageStore.Ticket t = store.ticket("/board|vi", List.of("b"), "vi").orElseThrow();
    assertTrue(store.keep(t, bytes("open board"), deadline));
    clock.advance(Duration.ofMinutes(59));
    assertTrue(store.page("/board|vi").isPresent());
    clock.advance(Duration.ofMinutes(1));
    assertTrue(store.page("/board|vi").isEmpty(), "served at its deadline");
    assertEquals(0, store.bytes());
    PageStore.Ticket late = store.ticket("/board|vi", List.of("b"), "vi").orElseThrow();
    assertFalse(
        store.keep(late, bytes("rendered just before the deadline"), deadline),
        "a page already out of date is not kept");
  }

  private void keep(String key, String topic, String body) {
    keep(key, List.of(topic), body);
  }

  private void keep(String key, List<String> topics, String body) {
    assertTrue(store.keep(store.ticket(key, topics, "vi").orElseThrow(), bytes(body)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
