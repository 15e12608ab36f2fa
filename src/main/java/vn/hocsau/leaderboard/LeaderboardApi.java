package vn.hocsau.leaderboard;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.web.ApiDocs;

/**
 * A lab's leaderboard as JSON, for the CLI: {@code {"rows":[{"rank":1,"name":"…","score":0.93,
 * "submissions":4,"me":false}],"page":1,"pages":3}}. {@code board=private} gives the private board
 * once revealed; before that, the public one. No token is needed (learners appear by display name
 * only); with one, the caller's own row has {@code me: true} and {@code myRank} is their rank. With
 * {@code around=me} (token required) the rows are the caller's and its {@link #NEIGHBOURS}
 * neighbours either side, across pages ({@code hocsau leaderboard --me}).
 */
@Path("/api/v1/labs/{course}/{slug}/leaderboard")
@PermitAll
@Tag(name = "labs")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardApi {

  /** Rows shown either side of the caller's with {@code around=me}. */
  public static final int NEIGHBOURS = 3;

  /**
   * One page of a board.
   *
   * @param myRank the caller's rank on this board; null without a token or when not on it
   */
  public record Board(List<Row> rows, int page, int pages, Integer myRank) {}

  /** One line. */
  public record Row(int rank, String name, double score, int submissions, boolean me) {}

  @Inject LeaderboardService boards;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Operation(summary = "A page of the lab's public board, or of its private board once revealed")
  @APIResponse(responseCode = "200", description = "50 rows a page, best first")
  @APIResponse(
      responseCode = "404",
      description = "no such published lab, or it has no leaderboard",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public Board board(
      @RestPath String course,
      @RestPath String slug,
      @QueryParam("page") @DefaultValue("1") int page,
      @Parameter(description = "private: the private board, once revealed") @QueryParam("board")
          String board,
      @Parameter(
              description =
                  "me: the caller's row and its neighbours (3 either side) instead of a page;"
                      + " a token is required, no rows when the caller is not on the board")
          @QueryParam("around")
          String around) {
    boolean privateBoard = "private".equals(board);
    Long me = user.id().orElse(null);
    if ("me".equals(around) && me == null) {
      throw new NotAuthorizedException("Bearer");
    }
    BoardPage shown =
        ("me".equals(around)
                ? boards.around(course, slug, me, NEIGHBOURS, privateBoard, language.get())
                : boards.board(course, slug, me, page, privateBoard, language.get()))
            .orElseThrow(NotFoundException::new);
    return new Board(
        shown.rows().stream()
            .map(r -> new Row(r.rank(), r.name(), r.score(), r.submissions(), r.me()))
            .toList(),
        shown.page(),
        shown.pages(),
        shown.myRank());
  }
}
