package vn.hocsau.system.pagecache;

import io.vertx.core.buffer.Buffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages kept for anonymous visitors, least recently served first out, within a byte budget.
 *
 * <p>Each page names the topics it was built from (a course, a lab's board); a change announced for
 * any of them drops it. A page may only be kept if nothing changed between the moment its request
 * began and the moment it was rendered: the request takes a {@link Ticket} first, which records how
 * many changes the store had seen, and {@link #keep} refuses the page if that count moved. So a
 * page rendered from data read just before an edit committed is never kept after the edit's
 * notification arrived, and if it was kept just before, the notification drops it. A page that
 * shows something the clock will change (a board closing at its deadline) is kept only until then.
 *
 * <p>While no listener is connected ({@link #trust}), nothing is served or kept: a notification
 * missed then could leave a stale page forever. Reconnecting empties the store.
 *
 * <p>Thread-safe: every method holds the store's lock for a few map operations.
 */
public final class PageStore {

  /** The topic of pages built from every course (the catalog): any course change drops them. */
  public static final String EVERY_COURSE = "*";

  /** The topic of every board page: a change to learners' display names drops them all. */
  public static final String EVERY_BOARD = "board:*";

  /** What a request must show to keep the page it renders. */
  public record Ticket(String key, List<String> topics, String language, long changesSeen) {}

  private record Page(List<String> topics, Buffer body, Instant until) {}

  private final long maxBytes;
  private final Clock clock;
  private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long changes;
  private boolean trusted;

  /**
   * @param maxBytes the most the kept pages' bodies may weigh together
   * @param clock the clock that expires pages kept until an instant
   */
  public PageStore(long maxBytes, Clock clock) {
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** The topic of the board of lab {@code labSlug} in course {@code courseSlug}. */
  public static String board(String courseSlug, String labSlug) {
    return "board:" + courseSlug + "/" + labSlug;
  }

  /** The kept page for {@code key}, if any, still valid, and if the store is trusted. */
  public synchronized Optional<Buffer> page(String key) {
    if (!trusted) {
      return Optional.empty();
    }
    Page page = pages.get(key);
    if (page == null) {
      return Optional.empty();
    }
    if (page.until() != null && !clock.instant().isBefore(page.until())) {
      pages.remove(key);
      bytes -= page.body().length();
      return Optional.empty();
    }
    return Optional.of(page.body());
  }

  /** A ticket to keep the page about to be rendered; empty while the store is not trusted. */
  public synchronized Optional<Ticket> ticket(String key, List<String> topics, String language) {
    return trusted
        ? Optional.of(new Ticket(key, List.copyOf(topics), language, changes))
        : Optional.empty();
  }

  /** {@link #keep(Ticket, byte[], Instant)} for a page that the clock does not change. */
  public boolean keep(Ticket ticket, byte[] body) {
    return keep(ticket, body, null);
  }

  /**
   * Keeps {@code body} under the ticket's key until {@code until} ({@code null}: until one of its
   * topics changes), unless something changed since the ticket was given, the store is not trusted,
   * {@code until} has passed, or the page alone is over the budget.
   *
   * @return whether the page was kept
   */
  public synchronized boolean keep(Ticket ticket, byte[] body, Instant until) {
    if (!trusted
        || ticket.changesSeen() != changes
        || body.length > maxBytes
        || (until != null && !clock.instant().isBefore(until))) {
      return false;
    }
    Page previous = pages.put(ticket.key(), new Page(ticket.topics(), Buffer.buffer(body), until));
    bytes += body.length - (previous == null ? 0 : previous.body().length());
    Iterator<Page> oldest = pages.values().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().body().length();
      oldest.remove();
    }
    return true;
  }

  /** Something the {@code topics} name changed: every page built from any of them goes. */
  public synchronized void changed(String... topics) {
    changes++;
    List<String> changed = List.of(topics);
    Iterator<Map.Entry<String, Page>> it = pages.entrySet().iterator();
    while (it.hasNext()) {
      Page page = it.next().getValue();
      if (page.topics().stream().anyMatch(changed::contains)) {
        bytes -= page.body().length();
        it.remove();
      }
    }
  }

  /**
   * The listener connected ({@code true}: from now on every change is announced) or lost its
   * connection ({@code false}). Either way every page goes and tickets given before are void.
   */
  public synchronized void trust(boolean connected) {
    changes++;
    pages.clear();
    bytes = 0;
    trusted = connected;
  }

  /** Whether pages are served now. */
  public synchronized boolean trusted() {
    return trusted;
  }

  /** How many pages are kept. */
  public synchronized int size() {
    return pages.size();
  }

  /** What the kept pages weigh together, in bytes. */
  public synchronized long bytes() {
    return bytes;
  }
}
