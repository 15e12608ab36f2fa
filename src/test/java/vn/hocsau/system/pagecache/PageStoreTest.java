package vn.hocsau.system.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules that keep a cached page from outliving its data. */
class PageStoreTest {

  private PageStore store;

  @BeforeEach
  void trusted() {
    store = new PageStore(1000);
    store.trust(true);
  }

  @Test
  void aPageKeptWithAFreshTicketIsServed() {
    PageStore.Ticket t = store.ticket("/a|vi", "co-ban", "vi").orElseThrow();
    assertTrue(store.keep(t, bytes("page a")));
    assertEquals("page a", store.page("/a|vi").orElseThrow().toString(StandardCharsets.UTF_8));
  }

  @Test
  void aPageRenderedAcrossAChangeIsNotKept() {
    // The request read the old lesson, then the edit's notification arrived before it finished.
    PageStore.Ticket t = store.ticket("/a|vi", "co-ban", "vi").orElseThrow();
    store.changed("another-course");
    assertFalse(store.keep(t, bytes("maybe stale")));
    assertTrue(store.page("/a|vi").isEmpty());
  }

  @Test
  void aChangeDropsItsCoursesPagesAndTheCatalogsOnly() {
    keep("/co-ban/1|vi", "co-ban", "lesson");
    keep("/khac/1|vi", "khac", "other lesson");
    keep("/courses?|vi", PageStore.EVERY_COURSE, "catalog");
    store.changed("co-ban");
    assertTrue(store.page("/co-ban/1|vi").isEmpty());
    assertTrue(store.page("/courses?|vi").isEmpty());
    assertTrue(store.page("/khac/1|vi").isPresent());
    assertEquals("other lesson".length(), store.bytes());
  }

  @Test
  void withoutAListenerNothingIsServedOrKept() {
    keep("/a|vi", "co-ban", "lesson");
    PageStore.Ticket before = store.ticket("/b|vi", "co-ban", "vi").orElseThrow();
    store.trust(false);
    assertTrue(store.page("/a|vi").isEmpty());
    assertTrue(store.ticket("/b|vi", "co-ban", "vi").isEmpty());
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
        store.keep(store.ticket("/big|vi", "c", "vi").orElseThrow(), new byte[1001]),
        "a page over the whole budget is never kept");
  }

  private void keep(String key, String topic, String body) {
    assertTrue(store.keep(store.ticket(key, topic, "vi").orElseThrow(), bytes(body)));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
