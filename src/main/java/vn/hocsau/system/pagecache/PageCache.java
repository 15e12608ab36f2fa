package vn.hocsau.system.pagecache;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.security.CsrfToken;

/**
 * Public pages kept for anonymous visitors (issue 17): a lesson, a catalog search or a leaderboard
 * page rendered once is answered from memory, on the event loop, until what it shows changes.
 *
 * <p>A feature opts a page in twice: {@link #route} puts a Vert.x route in front of its resource,
 * which answers kept pages and otherwise hands the request on with a ticket; the resource then
 * renders through {@link #render}, which keeps the page if the ticket still holds. Signed-in
 * visitors, API clients and anything unusual never meet the cache ({@link AnonymousRequest}).
 * Changes arrive from PostgreSQL ({@link ChangeListener}), so an edit or a scored submission made
 * on any replica, or straight in the database, drops the pages it touches on every replica.
 *
 * <p>Answers carry {@code X-Page-Cache: hit} when they come from memory. Off with {@code
 * hocsau.page-cache.enabled=false} (the default in tests, which change content with plain SQL and
 * read it back at once; {@code PageCacheTest} turns it on).
 */
@ApplicationScoped
public class PageCache {

  /** Header on answers served from memory. */
  public static final String HEADER = "X-Page-Cache";

  private static final String TICKET = "hocsau.page-cache.ticket";
  private static final String HTML = "text/html;charset=UTF-8";

  @ConfigProperty(name = "hocsau.page-cache.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "hocsau.page-cache.max-bytes", defaultValue = "16777216")
  long maxBytes;

  @Inject CurrentVertxRequest request;
  @Inject CurrentLanguage language;
  @Inject CsrfToken csrf;
  @Inject SecurityIdentity identity;
  @Inject Clock clock;

  private PageStore store;

  @PostConstruct
  void create() {
    store = new PageStore(maxBytes, clock);
  }

  /** The pages kept on this replica. */
  public PageStore store() {
    return store;
  }

  /** Whether the cache runs at all. */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Puts the cache in front of the resource answering GET {@code path} (a Vert.x path, {@code
   * :param} style). {@code topics} names what the page is built from: course slugs, {@link
   * PageStore#EVERY_COURSE}, {@link PageStore#board} topics, {@link PageStore#EVERY_BOARD}.
   */
  public void route(Router router, String path, Function<RoutingContext, List<String>> topics) {
    if (!enabled) {
      return;
    }
    router
        .get(path)
        .order(RouteConstants.ROUTE_ORDER_DEFAULT)
        .handler(ctx -> serve(ctx, topics.apply(ctx)));
  }

  private void serve(RoutingContext ctx, List<String> topics) {
    Optional<Language> lang =
        AnonymousRequest.isAnonymous(ctx.request())
            ? AnonymousRequest.language(ctx.request())
            : Optional.empty();
    if (lang.isEmpty() || topics.isEmpty()) {
      ctx.next();
      return;
    }
    String query = ctx.request().query();
    String key = ctx.request().path() + '?' + (query == null ? "" : query) + '|' + lang.get();
    Optional<Buffer> page = store().page(key);
    if (page.isPresent()) {
      ctx.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, HTML)
          .putHeader(HEADER, "hit")
          .end(page.get());
      return;
    }
    store().ticket(key, topics, lang.get().code()).ifPresent(t -> ctx.put(TICKET, t));
    ctx.next();
  }

  /**
   * Renders {@code page} for this request, and keeps it when the request came with a ticket and is
   * still what the ticket says: anonymous, in the ticket's language, with no CSRF token in the
   * page.
   */
  public String render(TemplateInstance page) {
    return render(page, null);
  }

  /**
   * {@link #render(TemplateInstance)} for a page the clock changes: it is kept at most until {@code
   * until} ({@code null}: no such instant).
   */
  public String render(TemplateInstance page, Instant until) {
    String html = page.render();
    RoutingContext ctx = request.getCurrent();
    PageStore.Ticket ticket = ctx == null ? null : ctx.get(TICKET);
    if (ticket != null
        && identity.isAnonymous()
        && !csrf.handedOut()
        && ticket.language().equals(language.code())) {
      store().keep(ticket, html.getBytes(StandardCharsets.UTF_8), until);
    }
    return html;
  }
}
