package vn.hocsau.leaderboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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

/**
 * A lab's leaderboard page and its CSV export. Boards are shown to signed-in users only: display
 * names are personal data, and a course platform's learners did not sign up to be listed publicly.
 */
@Path("/labs/{course}/{slug}")
@Authenticated
public class LeaderboardResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance board(BoardPage board, boolean moderator);
  }

  @Inject LeaderboardService boards;
  @Inject LeaderboardModeration moderation;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Path("leaderboard")
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance board(
      @RestPath String course,
      @RestPath String slug,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("board") String board) {
    long viewer = user.requireId();
    return Templates.board(
        boards
            .board(course, slug, viewer, page, "private".equals(board), language.get())
            .orElseThrow(NotFoundException::new),
        moderation.mayModerate(course, viewer, user.isAdmin()));
  }

  @GET
  @Path("leaderboard.csv")
  @Produces("text/csv")
  public Response csv(@RestPath String course, @RestPath String slug) {
    user.requireId();
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
