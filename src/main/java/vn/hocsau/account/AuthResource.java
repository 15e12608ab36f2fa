package vn.hocsau.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.i18n.LanguageCookie;
import vn.hocsau.system.security.SecurityConfig;
import vn.hocsau.system.web.ClientAddress;
import vn.hocsau.system.web.FormErrors;
import vn.hocsau.system.web.SafeRedirect;

/** Login, sign-up and logout pages for local accounts. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AuthResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(String email, String error, String next);

    static native TemplateInstance signup(String displayName, String email, FormErrors errors);
  }

  @Inject AccountService accounts;
  @Inject SessionService sessions;
  @Inject CurrentLanguage language;
  @Inject SecurityConfig security;
  @Inject FormErrorTranslator errors;

  @GET
  @Path("login")
  public TemplateInstance loginForm(@RestQuery String next) {
    return Templates.login("", null, SafeRedirect.localPath(next));
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response login(
      @RestForm String email,
      @RestForm String password,
      @RestForm String next,
      HttpServerRequest request) {
    Optional<UserView> user = accounts.logIn(email, password, ClientAddress.of(request));
    if (user.isEmpty()) {
      String shown = email == null || email.length() > InputRules.EMAIL_MAX ? "" : email;
      // 400, not 401: the form was processed; 401 means "this page needs a login" here.
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Templates.login(
                  shown,
                  language.messages(AccountMessages.class).login_error_invalid(),
                  SafeRedirect.localPath(next)))
          .build();
    }
    return signedIn(user.get(), next);
  }

  @GET
  @Path("signup")
  public TemplateInstance signupForm() {
    return Templates.signup("", "", FormErrors.none());
  }

  @POST
  @Path("signup")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signup(
      @RestForm String displayName,
      @RestForm String email,
      @RestForm String password,
      HttpServerRequest request) {
    try {
      UserView user =
          accounts.signUp(
              new AccountService.SignUp(displayName, email, password),
              ClientAddress.of(request),
              language.get());
      return signedIn(user, "/");
    } catch (AccountException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.signup(echo(displayName), echo(email), errors.translate(e)))
          .build();
    }
  }

  @POST
  @Path("logout")
  public Response logout(@RestCookie(SessionCookie.NAME) String token) {
    sessions.close(token);
    return Response.seeOther(SafeRedirect.to("/"))
        .cookie(SessionCookie.cleared(security.secureCookie()))
        .build();
  }

  private Response signedIn(UserView user, String next) {
    String token = sessions.open(user.id());
    Language preferred = Language.fromCode(user.language()).orElse(Language.VI);
    return Response.seeOther(SafeRedirect.to(next))
        .cookie(SessionCookie.of(token, security.sessionTtl(), security.secureCookie()))
        .cookie(LanguageCookie.of(preferred, security.secureCookie()))
        .build();
  }

  /** Re-shows what the user typed, unless it is too long to be worth echoing back. */
  static String echo(String value) {
    return value == null || value.length() > 300 ? "" : value;
  }
}
