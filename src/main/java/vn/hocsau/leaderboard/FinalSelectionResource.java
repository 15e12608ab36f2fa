package vn.hocsau.leaderboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The learner's own submissions to a lab, where they choose their final submissions. Only the
 * signed-in learner's submissions are ever listed or changed: there is no user in the path.
 */
@Path("/labs/{course}/{slug}/submissions")
@Authenticated
public class FinalSelectionResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance submissions(SubmissionHistory history);
  }

  @Inject LeaderboardService boards;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(@RestPath String course, @RestPath String slug) {
    return Templates.submissions(history(course, slug));
  }

  /** Selects ({@code selected=true}) or unselects a submission; back to the list on success. */
  @POST
  @Path("{id}/final")
  @Produces(MediaType.TEXT_HTML)
  public Response choose(
      @RestPath String course,
      @RestPath String slug,
      @RestPath long id,
      @RestForm String selected) {
    long userId = user.requireId();
    try {
      if (!boards.choose(course, slug, userId, id, "true".equals(selected))) {
        throw new NotFoundException();
      }
    } catch (LeaderboardException e) {
      SubmissionHistory history = history(course, slug);
      return Response.status(e.status())
          .entity(Templates.submissions(history.withProblem(e.message(language.get()))))
          .type(MediaType.TEXT_HTML_TYPE)
          .build();
    }
    return Response.seeOther(URI.create("/labs/" + course + "/" + slug + "/submissions")).build();
  }

  private SubmissionHistory history(String course, String slug) {
    return boards
        .history(course, slug, user.requireId(), language.get())
        .orElseThrow(NotFoundException::new);
  }
}
