package vn.hocsau.leaderboard;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * A lab's leaderboard as JSON, for the CLI: {@code {"rows":[{"rank":1,"name":"…","score":0.93,
 * "submissions":4,"me":false}],"page":1,"pages":3}}. {@code board=private} gives the private board
 * once revealed; before that, the public one.
 */
@Path("/api/v1/labs/{course}/{slug}/leaderboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardApi {

  /** One page of a board. */
  public record Board(List<Row> rows, int page, int pages) {}

  /** One line. */
  public record Row(int rank, String name, double score, int submissions, boolean me) {}

  @Inject LeaderboardService boards;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  public Board board(
      @RestPath String course,
      @RestPath String slug,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("board") String board) {
    BoardPage shown =
        boards
            .board(course, slug, user.requireId(), page, "private".equals(board), language.get())
            .orElseThrow(NotFoundException::new);
    return new Board(
        shown.rows().stream()
            .map(r -> new Row(r.rank(), r.name(), r.score(), r.submissions(), r.me()))
            .toList(),
        shown.page(),
        shown.pages());
  }
}
