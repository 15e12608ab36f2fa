package vn.hocsau.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The public verify page of a certificate (no login), its signed record as JSON, its PDF, and
 * revocation by an admin or an instructor of the course.
 */
@Path("/verify/{id}")
@PermitAll
public class VerifyResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verify(VerifyPage page, String problem, String keysPath);
  }

  @Inject CertificateViews views;
  @Inject CertificatePdf pdf;
  @Inject OpenBadges badges;
  @Inject CertificateRevocations revocations;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response verify(@RestPath String id) {
    return page(id, null, 200);
  }

  @GET
  @Path("credential.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response credential(@RestPath String id) {
    Map<String, Object> json = views.credential(id).orElseThrow(NotFoundException::new);
    return Response.ok(json)
        .header(
            "Content-Disposition", "attachment; filename=\"hocsau-certificate-" + id + ".json\"")
        .build();
  }

  /**
   * The certificate as an Open Badges 3.0 credential with an {@code eddsa-jcs-2022} proof. A
   * revoked one answers 410 Gone with a short problem: the badge carries no status entry yet, so a
   * copy served now would look valid in a wallet for good.
   */
  @GET
  @Path("badge.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response badge(@RestPath String id) {
    OpenBadges.Result result = badges.badge(id);
    if (result instanceof OpenBadges.Result.Badge b) {
      return Response.ok(b.json())
          .header("Content-Disposition", "attachment; filename=\"hocsau-badge-" + id + ".json\"")
          .header("Access-Control-Allow-Origin", "*")
          .build();
    }
    if (result instanceof OpenBadges.Result.Revoked r) {
      return problem(410, "revoked", "This certificate was revoked on " + r.revokedAt() + ".");
    }
    if (result instanceof OpenBadges.Result.NoKey) {
      return problem(503, "no-signing-key", "No certificate signing key is configured.");
    }
    throw new NotFoundException();
  }

  private static Response problem(int status, String type, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("status", status, "type", type, "detail", detail))
        .build();
  }

  /**
   * The printable certificate. Public like this page, since it prints only what the page shows; a
   * revoked certificate still downloads, stamped REVOKED with its date and reason.
   */
  @GET
  @Path("certificate.pdf")
  @Produces("application/pdf")
  public Response pdf(@RestPath String id) {
    PrintedCertificate printed = views.printed(id).orElseThrow(NotFoundException::new);
    return Response.ok(pdf.render(printed))
        .header("Content-Disposition", "attachment; filename=\"hocsau-certificate-" + id + ".pdf\"")
        .build();
  }

  @POST
  @Path("revoke")
  @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
  @Produces(MediaType.TEXT_HTML)
  public Response revoke(@RestPath String id, @RestForm String reason) {
    try {
      revocations.revoke(id, user.requireId(), user.isAdmin(), reason);
    } catch (CertificateException e) {
      switch (e.problem()) {
        case FORBIDDEN -> throw new ForbiddenException();
        case NOT_FOUND -> throw new NotFoundException();
        default -> {
          String message = e.problem().message(messages());
          return page(id, message, e.problem().status());
        }
      }
    }
    return Response.seeOther(URI.create("/verify/" + id)).build();
  }

  private Response page(String id, String problem, int okStatus) {
    VerifyPage page = views.verify(id, language.get().code(), user.id(), user.isAdmin());
    int status = page.found() ? okStatus : 404;
    return Response.status(status)
        .entity(Templates.verify(page, problem, CertificateViews.KEYS_PATH))
        .type(MediaType.TEXT_HTML_TYPE)
        .build();
  }

  private CertificateMessages messages() {
    return MessageBundles.get(
        CertificateMessages.class, Localized.Literal.of(language.get().code()));
  }
}
