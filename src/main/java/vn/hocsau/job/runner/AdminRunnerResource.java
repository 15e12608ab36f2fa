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
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.token.TokenPage;
import vn.hocsau.system.token.TokenPageResponses;

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
    return responses().list();
  }

  /** Creates a token and shows its plain text, once. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@RestForm String name) {
    return responses().create(() -> tokens.create(name));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@RestPath Long id) {
    return responses()
        .revoke(() -> language.messages().admin_runner_revoked_notice(tokens.revoke(id).name()));
  }

  private TokenPageResponses responses() {
    return new TokenPageResponses(
        "admin_runner", "/admin/runners", Templates::runners, tokens::list, language.get());
  }
}
