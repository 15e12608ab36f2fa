package vn.hocsau.account.apitoken;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.token.TokenPage;
import vn.hocsau.system.token.TokenPageResponses;

/** The signed-in user's page where personal API tokens (for the API and the CLI) are managed. */
@Path("/account/tokens")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApiTokenResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance tokens(TokenPage page);
  }

  @Inject ApiTokenService tokens;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance list() {
    return responses().list();
  }

  /** Creates a token and shows its plain text, once. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@RestForm String name) {
    return responses().create(() -> tokens.create(user.requireId(), name));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revoke(@RestPath Long id) {
    return responses()
        .revoke(
            () ->
                language
                    .messages()
                    .api_token_revoked_notice(tokens.revoke(user.requireId(), id).name()));
  }

  private TokenPageResponses responses() {
    return new TokenPageResponses(
        "api_token",
        "/account/tokens",
        Templates::tokens,
        () -> tokens.list(user.requireId()),
        language.get());
  }
}
