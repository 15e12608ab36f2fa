package vn.hocsau.system.pagecache;

import io.quarkus.qute.Engine;
import io.vertx.ext.web.Router;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A test-only public page that, like a sign-in form, renders the visitor's CSRF token, behind the
 * page cache: what PageCacheTest uses to check such a page is never kept for another visitor.
 */
@Path("/test-only/page-cache/form")
@PermitAll
public class FormPageResource {

  @Inject PageCache pages;
  @Inject Engine engine;

  void route(@Observes Router router, PageCache cache) {
    cache.route(router, "/test-only/page-cache/form", ctx -> List.of(PageStore.EVERY_COURSE));
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public String form() {
    return pages.render(
        engine
            .parse("<form method=post><input name=_csrf value=\"{inject:csrf.token}\"></form>")
            .instance());
  }
}
