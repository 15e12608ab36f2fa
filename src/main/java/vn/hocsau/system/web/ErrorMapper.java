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
import vn.hocsau.system.DomainException;
import vn.hocsau.system.db.DatabaseUnavailable;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * Maps exceptions to responses: translated HTML error pages for pages, problem+json for {@code
 * /api} and the runner API. A feature's refusals are {@link DomainException}s, which carry their
 * own status, problem type and message, so this class knows no feature. Unexpected errors are
 * logged with an id that is also shown, and never leak details.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance error(
        int status, String title, String body, boolean loginLink, String next);

    /**
     * The page while the database is away: it stands alone, because the layout asks who is signed
     * in, and that question goes to the database.
     */
    static native TemplateInstance unavailable(String title, String body);
  }

  /** The challenge for credentials that were sent and refused (RFC 6750, section 3.1). */
  public static final String INVALID_TOKEN = "Bearer realm=\"hocsau\", error=\"invalid_token\"";

  @Inject CurrentLanguage language;
  @Inject UriInfo uri;
  @Inject HttpHeaders headers;
  @Inject RequestLimits limits;

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
    if (!ApiPaths.isApi(uri.getPath())
        || headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
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

  /** A multipart body the parser cannot read is the client's fault, not a server error. */
  @ServerExceptionMapper
  Response malformedForm(MultipartParser.MalformedMessageException e) {
    return respond(400, language.messages().err_malformed_form());
  }

  /**
   * A feature's refusal (or a system one: CSRF, rate limit): its own status and message, and on the
   * API its problem type, which clients such as the runner switch on.
   */
  @ServerExceptionMapper
  Response refused(DomainException e) {
    return respond(e.status(), e.problemType(), e.message(language.get()), e.line());
  }

  /**
   * Unmatched routes (404, 405) are mapped on the event loop, where the layout could not look up
   * the session; the page is therefore rendered on a worker thread.
   */
  @ServerExceptionMapper
  Uni<Response> web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    return Uni.createFrom()
        .item(
            () ->
                rendered(
                    status >= 500
                        ? unexpected(e)
                        : respond(status, status == 413 ? tooLarge() : null)))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /**
   * A 413 from the HTTP layer (a form field or the whole body over {@code quarkus.http.limits.*})
   * says which limits apply, in the caller's language, instead of a bare status.
   */
  private String tooLarge() {
    return language
        .messages()
        .err_request_too_large(
            RequestLimits.kib(limits.formAttribute()), RequestLimits.kib(limits.body()));
  }

  private static Response rendered(Response response) {
    if (response.getEntity() instanceof TemplateInstance page) {
      return Response.fromResponse(response).entity(page.render()).build();
    }
    return response;
  }

  @ServerExceptionMapper
  Response unexpected(Throwable e) {
    if (RequestLimits.isCutShortForm(e)) {
      // The multipart parser ran out of body before the closing boundary: an interrupted or
      // truncated upload, which the client must send again; not a server error.
      return respond(400, language.messages().err_malformed_form());
    }
    if (DatabaseUnavailable.causedBy(e)) {
      return databaseUnavailable(e);
    }
    if (DiskFull.causedBy(e)) {
      return diskFull(e);
    }
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
    return respond(500, language.messages().error_500_body() + " (" + id + ")");
  }

  /**
   * PostgreSQL is restarting or unreachable: 503 with {@code Retry-After}, so that clients (the
   * CLI, the runner, a load balancer) wait and try again; a warning without a stack trace, since
   * every request fails the same way until the pool reconnects.
   */
  private Response databaseUnavailable(Throwable e) {
    LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
    AppMessages m = language.messages();
    Response response =
        ApiPaths.isApi(uri.getPath())
            ? respond(503, m.err_database_unavailable())
            : Response.status(503)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(
                    Templates.unavailable(m.error_503_title(), m.err_database_unavailable())
                        .setLocale(language.get().locale()))
                .build();
    return Response.fromResponse(response)
        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  /**
   * A disk is full (the upload buffer's folder, or PostgreSQL's): 507 with {@code Retry-After}, in
   * the caller's language; nothing of the request was stored, so nothing half-written is scored. A
   * warning without a stack trace, since every upload fails the same way until space returns.
   */
  private Response diskFull(Throwable e) {
    LOG.warnf("Disk full on %s: %s", uri.getPath(), e.getMessage());
    return Response.fromResponse(respond(507, language.messages().err_disk_full()))
        .header(HttpHeaders.RETRY_AFTER, DiskFull.RETRY_AFTER_SECONDS)
        .build();
  }

  private Response respond(int status, String detail) {
    return respond(status, "about:blank", detail, null);
  }

  private Response respond(int status, String type, String detail, Long line) {
    AppMessages m = language.messages();
    String title = ErrorPages.title(status, m);
    String body = detail == null ? ErrorPages.body(status, m) : detail;
    String path = uri.getPath();
    if (ApiPaths.isApi(path)) {
      return Response.status(status)
          .type(Problem.MEDIA_TYPE)
          .entity(new Problem(type, title, status, body, path, line))
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
