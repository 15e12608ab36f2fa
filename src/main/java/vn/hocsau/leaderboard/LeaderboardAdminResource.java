package vn.hocsau.leaderboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.submission.ModerationException;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The leaderboard's admin view, where admins and the instructors of the lab's course disqualify a
 * submission found cheating, or reinstate it, each with a reason kept in the history. Other
 * instructors are refused (403) before anything about the lab is looked up.
 */
@Path("/labs/{course}/{slug}/leaderboard/admin")
@RolesAllowed(Roles.INSTRUCTOR)
public class LeaderboardAdminResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance moderation(ModerationPage page);
  }

  @Inject LeaderboardModeration moderation;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(
      @RestPath String course,
      @RestPath String slug,
      @QueryParam("page") @DefaultValue("1") int page) {
    checkModerator(course);
    return Templates.moderation(page(course, slug, page));
  }

  @POST
  @Path("submissions/{id}/disqualify")
  @Produces(MediaType.TEXT_HTML)
  public Response disqualify(
      @RestPath String course, @RestPath String slug, @RestPath long id, @RestForm String reason) {
    return act(course, slug, id, reason, true);
  }

  @POST
  @Path("submissions/{id}/reinstate")
  @Produces(MediaType.TEXT_HTML)
  public Response reinstate(
      @RestPath String course, @RestPath String slug, @RestPath long id, @RestForm String reason) {
    return act(course, slug, id, reason, false);
  }

  private Response act(String course, String slug, long id, String reason, boolean disqualify) {
    long moderatorId = checkModerator(course);
    try {
      if (!moderation.act(course, slug, id, moderatorId, reason, disqualify)) {
        throw new NotFoundException();
      }
    } catch (ModerationException e) {
      return Response.status(e.status())
          .entity(
              Templates.moderation(page(course, slug, 1).withProblem(e.message(language.get()))))
          .type(MediaType.TEXT_HTML_TYPE)
          .build();
    }
    return Response.seeOther(URI.create("/labs/" + course + "/" + slug + "/leaderboard/admin"))
        .build();
  }

  /** The moderator's id, after checking they are an admin or teach {@code course}. */
  private long checkModerator(String course) {
    long id = user.requireId();
    if (!moderation.mayModerate(course, id, user.isAdmin())) {
      throw new ForbiddenException();
    }
    return id;
  }

  private ModerationPage page(String course, String slug, int page) {
    return moderation.page(course, slug, page, language.get()).orElseThrow(NotFoundException::new);
  }
}
