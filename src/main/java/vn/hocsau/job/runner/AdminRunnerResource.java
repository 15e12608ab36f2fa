package vn.hocsau.job.runner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.job.RunnerTokenView;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.token.TokenException;
import vn.hocsau.system.token.TokenPage;

/** The admin page where runner tokens are created and revoked. */
@Path("/admin/runners")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminRunnerResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance runners(TokenPage page);
  }

  @Inject RunnerTokenService tokens;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance list() {
    return page(null, null, null);
  }

  /** Creates a token and shows its plain text, once; the page must not be cached. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@RestForm String name) {
    try {
      NewRunnerToken created = tokens.create(name);
      return Response.ok(page(created, null, null)).header("Cache-Control", "no-store").build();
    } catch (TokenException e) {
      return refused(e);
    }
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@RestPath Long id) {
    try {
      RunnerTokenView revoked = tokens.revoke(id);
      return Response.ok(
              page(null, language.messages().admin_runner_revoked_notice(revoked.name()), null))
          .build();
    } catch (TokenException e) {
      return refused(e);
    }
  }

  private Response refused(TokenException e) {
    return Response.status(e.status()).entity(page(null, null, e.message(language.get()))).build();
  }

  private TemplateInstance page(NewRunnerToken created, String notice, String error) {
    return Templates.runners(
        new TokenPage("admin_runner", "/admin/runners", tokens.list(), created, notice, error));
  }
}
