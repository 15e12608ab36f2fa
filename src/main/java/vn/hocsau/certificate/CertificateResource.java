package vn.hocsau.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The learner's certificates: links to verify, download and share, and reissue after a rename. */
@Path("/certificates")
@Authenticated
public class CertificateResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        List<CertificateSummary> certificates, String currentName, String problem);
  }

  @Inject CertificateIssuer issuer;
  @Inject CertificateViews views;
  @Inject CertificateRevocations revocations;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance list() {
    long id = user.requireId();
    // Courses completed before certificates existed, or a trigger that failed, are caught here.
    issuer.issueAllDue(id);
    return page(null);
  }

  @POST
  @Path("{id}/reissue")
  @Produces(MediaType.TEXT_HTML)
  public Response reissue(@RestPath String id) {
    try {
      revocations.reissue(id, user.requireId());
    } catch (CertificateException e) {
      if (e.problem() == CertificateException.Problem.NOT_FOUND) {
        throw new NotFoundException();
      }
      CertificateMessages m =
          MessageBundles.get(
              CertificateMessages.class, Localized.Literal.of(language.get().code()));
      return Response.status(e.problem().status())
          .entity(page(e.problem().message(m)))
          .type(MediaType.TEXT_HTML_TYPE)
          .build();
    }
    return Response.seeOther(URI.create("/certificates")).build();
  }

  private TemplateInstance page(String problem) {
    return Templates.list(
        views.ofLearner(user.requireId(), language.get().code()), user.displayName(), problem);
  }
}
