package vn.hocsau.system.pagecache;

import io.vertx.core.buffer.Buffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages kept for anonymous visitors, least recently served first out, within a byte budget.
 *
 * <p>A page may only be kept if nothing changed between the moment its request began and the moment
 * it was rendered: the request takes a {@link Ticket} first, which records how many changes the
 * store had seen, and {@link #keep} refuses the page if that count moved. So a page rendered from
 * data read just before an edit committed is never kept after the edit's notification arrived, and
 * if it was kept just before, the notification drops it.
 *
 * <p>While no listener is connected ({@link #trust}), nothing is served or kept: a notification
 * missed then could leave a stale page forever. Reconnecting empties the store.
 *
 * <p>Thread-safe: every method holds the store's lock for a few map operations.
 */
public final class PageStore {

  /** The topic of pages built from every course (the catalog): any course change drops them. */
  public static final String EVERY_COURSE = "*";

  /** What a request must show to keep the page it renders. */
  public record Ticket(String key, String topic, String language, long changesSeen) {}

  private record Page(String topic, Buffer body) {}

  private final long maxBytes;
  private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long changes;
  private boolean trusted;

  /**
   * @param maxBytes the most the kept pages' bodies may weigh together
   */
  public PageStore(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The kept page for {@code key}, if any and if the store is trusted. */
  public synchronized Optional<Buffer> page(String key) {
    if (!trusted) {
      return Optional.empty();
    }
    Page page = pages.get(key);
    return page == null ? Optional.empty() : Optional.of(page.body());
  }

  /** A ticket to keep the page about to be rendered; empty while the store is not trusted. */
  public synchronized Optional<Ticket> ticket(String key, String topic, String language) {
    return trusted ? Optional.of(new Ticket(key, topic, language, changes)) : Optional.empty();
  }

  /**
   * Keeps {@code body} under the ticket's key, unless something changed since the ticket was given,
   * the store is not trusted, or the page alone is over the budget.
   *
   * @return whether the page was kept
   */
  public synchronized boolean keep(Ticket ticket, byte[] body) {
    if (!trusted || ticket.changesSeen() != changes || body.length > maxBytes) {
      return false;
    }
    Page previous = pages.put(ticket.key(), new Page(ticket.topic(), Buffer.buffer(body)));
    bytes += body.length - (previous == null ? 0 : previous.body().length());
    Iterator<Page> oldest = pages.values().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().body().length();
      oldest.remove();
    }
    return true;
  }

  /** A course changed: its pages and those built from every course go. */
  public synchronized void changed(String course) {
    changes++;
    Iterator<Map.Entry<String, Page>> it = pages.entrySet().iterator();
    while (it.hasNext()) {
      Page page = it.next().getValue();
      if (page.topic().equals(course) || page.topic().equals(EVERY_COURSE)) {
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
