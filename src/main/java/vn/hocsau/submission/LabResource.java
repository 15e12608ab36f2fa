package vn.hocsau.submission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The lab page: its text and data, the submission form, and the learner's own submissions. */
@Path("/labs/{course}/{slug}")
public class LabResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance lab(LabPage page);
  }

  @Inject LabService labs;
  @Inject LabSubmitService submit;
  @Inject LabRescorer rescorer;
  @Inject LabConfig config;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(@RestPath String course, @RestPath String slug) {
    return Templates.lab(page(course, slug));
  }

  private LabPage page(String course, String slug) {
    return labs.page(course, slug, user.id().orElse(null), language.get())
        .orElseThrow(NotFoundException::new);
  }

  /**
   * A starter file or the sample submission, from what the import stored (never from this replica's
   * disk). Always a download: {@code nosniff} and an attachment, so a file is never rendered as a
   * page of this site.
   */
  @GET
  @Path("downloads/{name}")
  @PermitAll
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response download(@RestPath String course, @RestPath String slug, @RestPath String name) {
    LabService.DataFile file =
        labs.download(course, slug, name).orElseThrow(NotFoundException::new);
    return Response.ok(file.bytes())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /**
   * A submission: a predictions file, an uploaded model zip, or config/code pasted in the editor
   * ({@code code}) or uploaded ({@code file}).
   */
  @POST
  @Path("submit")
  @Authenticated
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  public Response submit(
      @RestPath String course,
      @RestPath String slug,
      @RestForm String kind,
      @RestForm("file") List<FileUpload> files,
      @RestForm String code,
      @RestForm String note,
      @RestForm("idempotency") String key) {
    try {
      var result =
          submit.submit(
              course,
              slug,
              user.requireId(),
              SubmissionForm.upload(kind, files, code, note, key, config),
              language.get());
      LabPage page = page(course, slug).with(result.submission(), null);
      return Response.status(result.submission().message() == null ? 200 : 422)
          .entity(Templates.lab(page))
          .build();
    } catch (LabRefusedException | ComputeRefusedException e) {
      return Response.status(e.status())
          .entity(Templates.lab(page(course, slug).with(null, e.message(language.get()))))
          .build();
    }
  }

  /** Re-scores every submission of the lab (after a label or metric fix). */
  @POST
  @Path("rescore")
  @RolesAllowed(Roles.ADMIN)
  public Response rescore(@RestPath String course, @RestPath String slug) {
    rescorer.rescore(course, slug, user.requireId()).orElseThrow(NotFoundException::new);
    return Response.seeOther(URI.create("/labs/" + course + "/" + slug)).build();
  }
}
