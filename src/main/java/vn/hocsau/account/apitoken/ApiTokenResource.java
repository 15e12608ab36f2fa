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
import vn.hocsau.system.token.TokenException;
import vn.hocsau.system.token.TokenPage;

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
    return page(null, null, null);
  }

  /** Creates a token and shows its plain text, once; the page must not be cached. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(@RestForm String name) {
    try {
      NewApiToken created = tokens.create(user.requireId(), name);
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
      ApiTokenView revoked = tokens.revoke(user.requireId(), id);
      return Response.ok(
              page(null, language.messages().api_token_revoked_notice(revoked.name()), null))
          .build();
    } catch (TokenException e) {
      return refused(e);
    }
  }

  private Response refused(TokenException e) {
    return Response.status(e.status()).entity(page(null, null, e.message(language.get()))).build();
  }

  private TemplateInstance page(NewApiToken created, String notice, String error) {
    return Templates.tokens(
        new TokenPage(
            "api_token", "/account/tokens", tokens.list(user.requireId()), created, notice, error));
  }
}
