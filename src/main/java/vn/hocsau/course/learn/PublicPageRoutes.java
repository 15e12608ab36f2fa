package vn.hocsau.course.learn;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import vn.hocsau.system.pagecache.PageCache;
import vn.hocsau.system.pagecache.PageStore;

/**
 * The course pages anonymous visitors get from the {@link PageCache}: a lesson (dropped when its
 * course changes) and the catalog with its searches (dropped when any course changes).
 */
@ApplicationScoped
public class PublicPageRoutes {

  @Inject PageCache cache;

  void register(@Observes Router router) {
    cache.route(router, "/courses/:slug/lessons/:lesson", ctx -> List.of(ctx.pathParam("slug")));
    cache.route(router, "/courses", ctx -> List.of(PageStore.EVERY_COURSE));
  }
}
