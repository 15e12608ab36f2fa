package vn.hocsau.account.reset;

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
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.AccountException;
import vn.hocsau.account.AccountMessages;
import vn.hocsau.account.FormErrorTranslator;
import vn.hocsau.account.InputRules;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.account.SessionService;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.security.RateLimitConfig;
import vn.hocsau.system.security.RateLimitedException;
import vn.hocsau.system.security.SecurityConfig;
import vn.hocsau.system.web.ClientAddress;
import vn.hocsau.system.web.FormErrors;
import vn.hocsau.system.web.SafeRedirect;

/** "Forgot password": ask for a link by email, then choose a new password with it. */
@Path("/password")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PasswordResetResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forgot(String email, FormErrors errors);

    static native TemplateInstance sent(String email, long minutes);

    static native TemplateInstance reset(String email, String token, FormErrors errors);

    static native TemplateInstance invalid();

    static native TemplateInstance done();
  }

  @Inject PasswordResetService resets;
  @Inject ResetTokens tokens;
  @Inject SessionService sessions;
  @Inject PasswordResetConfig config;
  @Inject RateLimitConfig limits;
  @Inject SecurityConfig security;
  @Inject CurrentLanguage language;
  @Inject FormErrorTranslator errors;

  @GET
  @Path("forgot")
  public TemplateInstance forgotForm() {
    return Templates.forgot("", FormErrors.none());
  }

  @POST
  @Path("forgot")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response forgot(@RestForm String email, HttpServerRequest request) {
    String shown = email == null || email.length() > InputRules.EMAIL_MAX ? "" : email.strip();
    try {
      resets.request(email, ClientAddress.of(request), language.get());
    } catch (AccountException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.forgot(shown, errors.translate(e)))
          .build();
    } catch (RateLimitedException e) {
      String wait =
          language
              .messages(AccountMessages.class)
              .forgot_rate_limited(Math.max(1, limits.window().toMinutes()));
      return Response.status(429)
          .entity(Templates.forgot(shown, new FormErrors(Map.of("email", wait))))
          .build();
    }
    return Response.ok(Templates.sent(shown, config.linkTtl().toMinutes())).build();
  }

  @GET
  @Path("reset")
  public Response resetForm(@RestQuery String token) {
    return tokens
        .emailFor(token)
        .map(email -> page(Response.ok(Templates.reset(email, token, FormErrors.none()))))
        .orElseGet(
            () -> page(Response.status(Response.Status.BAD_REQUEST).entity(Templates.invalid())));
  }

  @POST
  @Path("reset")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reset(@RestForm String token, @RestForm String password) {
    Long userId;
    try {
      userId = tokens.redeem(token, password);
    } catch (ResetLinkInvalidException e) {
      return page(Response.status(Response.Status.BAD_REQUEST).entity(Templates.invalid()));
    } catch (AccountException e) {
      return tokens
          .emailFor(token)
          .map(
              email ->
                  page(
                      Response.status(Response.Status.BAD_REQUEST)
                          .entity(Templates.reset(email, token, errors.translate(e)))))
          .orElseGet(
              () -> page(Response.status(Response.Status.BAD_REQUEST).entity(Templates.invalid())));
    }
    // Every session ended with the old password; this browser gets a fresh one.
    String session = sessions.open(userId);
    return Response.seeOther(SafeRedirect.to("/password/reset/done"))
        .cookie(SessionCookie.of(session, security.sessionTtl(), security.secureCookie()))
        .build();
  }

  @GET
  @Path("reset/done")
  public TemplateInstance done() {
    return Templates.done();
  }

  /** A page that shows a link token: never cached, and its address not sent on as a referrer. */
  private static Response page(Response.ResponseBuilder response) {
    return response
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
