package vn.hocsau.leaderboard;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import vn.hocsau.system.pagecache.PageCache;
import vn.hocsau.system.pagecache.PageStore;

/**
 * The leaderboard pages anonymous visitors get from the {@link PageCache}. A kept page is dropped
 * when its course changes (the lab's title, deadline or reveal are course content), when its board
 * changes (a scored submission, a disqualification, a rebuild, the private snapshot), when any
 * display name changes, and at the board's next phase change ({@link LeaderboardResource}).
 */
@ApplicationScoped
public class BoardPageRoutes {

  @Inject PageCache cache;

  void register(@Observes Router router) {
    cache.route(
        router,
        "/labs/:course/:slug/leaderboard",
        ctx ->
            List.of(
                ctx.pathParam("course"),
                PageStore.board(ctx.pathParam("course"), ctx.pathParam("slug")),
                PageStore.EVERY_BOARD));
  }
}
