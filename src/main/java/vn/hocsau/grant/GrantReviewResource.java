package vn.hocsau.grant;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The review queue: waiting applications for the courses the reviewer teaches (every one for
 * admins), and the three decisions. A refused decision shows the queue again with the reason.
 */
@Path("/grants/review")
@RolesAllowed(Roles.INSTRUCTOR)
@Produces(MediaType.TEXT_HTML)
public class GrantReviewResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance queue(List<ReviewItem> items, String notice, String problem);
  }

  @Inject GrantDecisions decisions;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance queue(@RestQuery boolean done) {
    return page(done ? Bundles.in(language.get(), GrantMessages.class).review_done() : null, null);
  }

  @POST
  @Path("{id}/approve")
  public Response approve(@RestPath long id, @RestForm String hours, @RestForm String note) {
    return decide(() -> decisions.approve(user.requireId(), user.isAdmin(), id, hours, note));
  }

  @POST
  @Path("{id}/reject")
  public Response reject(@RestPath long id, @RestForm String reason) {
    return decide(() -> decisions.reject(user.requireId(), user.isAdmin(), id, reason));
  }

  @POST
  @Path("{id}/ask")
  public Response ask(@RestPath long id, @RestForm String question) {
    return decide(() -> decisions.askForMore(user.requireId(), user.isAdmin(), id, question));
  }

  private Response decide(Runnable decision) {
    try {
      decision.run();
      return Response.seeOther(URI.create("/grants/review?done=true")).build();
    } catch (GrantException e) {
      return Response.status(e.status()).entity(page(null, e.message(language.get()))).build();
    }
  }

  private TemplateInstance page(String notice, String problem) {
    return Templates.queue(
        decisions.queue(user.requireId(), user.isAdmin(), language.get()), notice, problem);
  }
}
