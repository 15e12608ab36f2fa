package vn.hocsau.system.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import vn.hocsau.account.AccountException;
import vn.hocsau.account.OidcLinkRefusedException;
import vn.hocsau.job.RunnerApiException;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.security.CsrfException;
import vn.hocsau.system.security.RateLimitedException;

/**
 * Maps exceptions to responses: translated HTML error pages for pages, problem+json for {@code
 * /api}. Unexpected errors are logged with an id that is also shown, and never leak details.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance error(
        int status, String title, String body, boolean loginLink, String next);
  }

  /** The challenge for credentials that were sent and refused (RFC 6750, section 3.1). */
  public static final String INVALID_TOKEN = "Bearer realm=\"hocsau\", error=\"invalid_token\"";

  @Inject CurrentLanguage language;
  @Inject UriInfo uri;
  @Inject HttpHeaders headers;

  @ServerExceptionMapper
  Response unauthorized(UnauthorizedException e) {
    return unauthorized();
  }

  @ServerExceptionMapper
  Response authenticationFailed(AuthenticationFailedException e) {
    return unauthorized();
  }

  /**
   * A 401. On the API, a caller that sent credentials is told that they are invalid (RFC 6750), so
   * a client such as the CLI can say so instead of asking to log in.
   */
  private Response unauthorized() {
    if (!isApi(uri.getPath()) || headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
      return respond(401, null);
    }
    return Response.fromResponse(respond(401, language.messages().err_api_token_invalid()))
        .header(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN)
        .build();
  }

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e) {
    return respond(403, null);
  }

  @ServerExceptionMapper
  Response oidcLinkRefused(OidcLinkRefusedException e) {
    return respond(403, e.problem().message(language.messages()));
  }

  @ServerExceptionMapper
  Response csrf(CsrfException e) {
    return respond(403, language.messages().err_csrf());
  }

  /** A multipart body the parser cannot read is the client's fault, not a server error. */
  @ServerExceptionMapper
  Response malformedForm(MultipartParser.MalformedMessageException e) {
    return respond(400, language.messages().err_malformed_form());
  }

  @ServerExceptionMapper
  Response rateLimited(RateLimitedException e) {
    return respond(429, null);
  }

  @ServerExceptionMapper
  Response badAccountInput(AccountException e) {
    return respond(400, e.problems().values().iterator().next().message(language.messages()));
  }

  /** The runner API's refusals carry a problem type the runner can act on. */
  @ServerExceptionMapper
  Response runnerCall(RunnerApiException e) {
    AppMessages m = language.messages();
    int status = e.problem().status();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                e.problem().type(),
                ErrorPages.title(status, m),
                status,
                e.detail(m),
                uri.getPath()))
        .build();
  }

  /**
   * Unmatched routes (404, 405) are mapped on the event loop, where the layout could not look up
   * the session; the page is therefore rendered on a worker thread.
   */
  @ServerExceptionMapper
  Uni<Response> web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    return Uni.createFrom()
        .item(() -> rendered(status >= 500 ? unexpected(e) : respond(status, null)))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static Response rendered(Response response) {
    if (response.getEntity() instanceof TemplateInstance page) {
      return Response.fromResponse(response).entity(page.render()).build();
    }
    return response;
  }

  @ServerExceptionMapper
  Response unexpected(Throwable e) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
    return respond(500, language.messages().error_500_body() + " (" + id + ")");
  }

  private Response respond(int status, String detail) {
    AppMessages m = language.messages();
    String title = ErrorPages.title(status, m);
    String body = detail == null ? ErrorPages.body(status, m) : detail;
    String path = uri.getPath();
    if (isApi(path)) {
      return Response.status(status)
          .type(Problem.MEDIA_TYPE)
          .entity(new Problem("about:blank", title, status, body, path))
          .build();
    }
    String next = URLEncoder.encode(SafeRedirect.localPath(path), StandardCharsets.UTF_8);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            Templates.error(status, title, body, status == 401, next)
                .setLocale(language.get().locale()))
        .build();
  }
}
