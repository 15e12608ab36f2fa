package vn.hocsau.account;

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
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.i18n.LanguageCookie;
import vn.hocsau.system.security.SecurityConfig;
import vn.hocsau.system.web.FormErrors;

/** The signed-in user's profile: display name, language and password. */
@Path("/profile")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfileResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance profile(
        UserView user, String displayName, FormErrors errors, String notice);
  }

  @Inject AccountService accounts;
  @Inject SessionService sessions;
  @Inject CurrentUser currentUser;
  @Inject CurrentLanguage language;
  @Inject FormErrorTranslator errors;
  @Inject SecurityConfig security;

  @GET
  public TemplateInstance show() {
    UserView user = accounts.get(currentUser.requireId());
    return Templates.profile(user, user.displayName(), FormErrors.none(), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response update(@RestForm String displayName, @RestForm String language) {
    Long id = currentUser.requireId();
    try {
      UserView user = accounts.updateProfile(id, displayName, language);
      Language chosen = Language.fromCode(user.language()).orElse(Language.VI);
      this.language.set(chosen);
      currentUser.renamed(user.displayName());
      return Response.ok(
              Templates.profile(
                  user,
                  user.displayName(),
                  FormErrors.none(),
                  this.language.messages(AccountMessages.class).profile_saved()))
          .cookie(LanguageCookie.of(chosen, security.secureCookie()))
          .build();
    } catch (AccountException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Templates.profile(
                  accounts.get(id), AuthResource.echo(displayName), errors.translate(e), null))
          .build();
    }
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changePassword(
      @RestForm String currentPassword,
      @RestForm String newPassword,
      @RestCookie(SessionCookie.NAME) String token) {
    Long id = currentUser.requireId();
    try {
      accounts.changePassword(id, currentPassword, newPassword);
      sessions.closeOthers(id, token);
      UserView user = accounts.get(id);
      return Response.ok(
              Templates.profile(
                  user,
                  user.displayName(),
                  FormErrors.none(),
                  language.messages(AccountMessages.class).profile_password_changed()))
          .build();
    } catch (AccountException e) {
      UserView user = accounts.get(id);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.profile(user, user.displayName(), errors.translate(e), null))
          .build();
    }
  }
}
