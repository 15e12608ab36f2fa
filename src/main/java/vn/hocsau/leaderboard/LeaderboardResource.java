package vn.hocsau.leaderboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.pagecache.PageCache;

/**
 * A lab's leaderboard page and its CSV export, open to anonymous visitors as on Kaggle: the public
 * board always, the private one once revealed ({@link LeaderboardService#board} decides). Learners
 * appear by display name only, never by email. Anonymous visitors get the page from the {@link
 * PageCache} ({@link BoardPageRoutes}) until the board, the lab, a display name or its phase
 * changes.
 */
@Path("/labs/{course}/{slug}")
@PermitAll
public class LeaderboardResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance board(BoardPage board, boolean moderator);
  }

  @Inject LeaderboardService boards;
  @Inject LeaderboardModeration moderation;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject PageCache pages;

  @GET
  @Path("leaderboard")
  @Produces(MediaType.TEXT_HTML)
  public String board(
      @RestPath String course,
      @RestPath String slug,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("board") String board) {
    Long viewer = user.id().orElse(null);
    BoardPage shown =
        boards
            .board(course, slug, viewer, page, "private".equals(board), language.get())
            .orElseThrow(NotFoundException::new);
    return pages.render(
        Templates.board(
            shown, viewer != null && moderation.mayModerate(course, viewer, user.isAdmin())),
        shown.phaseChangesAt());
  }

  @GET
  @Path("leaderboard.csv")
  @Produces("text/csv")
  public Response csv(@RestPath String course, @RestPath String slug) {
    String body =
        LeaderboardCsv.of(boards.publicBoard(course, slug).orElseThrow(NotFoundException::new));
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"leaderboard-" + safe(course) + "-" + safe(slug) + ".csv\"")
        .build();
  }

  private static String safe(String slug) {
    return slug.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
