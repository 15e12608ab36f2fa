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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.content.SubmissionKind;
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
      @RestForm FileUpload file,
      @RestForm String code,
      @RestForm String note,
      @RestForm("idempotency") String key) {
    String k = kind == null ? SubmissionKind.PREDICTIONS.key() : kind;
    // Null for a kind that does not exist, which no lab accepts: refused below like any kind the
    // lab does not take.
    SubmissionKind known = SubmissionKind.fromKey(k).orElse(null);
    boolean predictions = known == SubmissionKind.PREDICTIONS;
    byte[] bytes = read(file, predictions ? config.maxPredictionsBytes() : config.maxUploadBytes());
    // Browsers send a textarea's line breaks as CRLF (HTML form encoding); the learner typed LF.
    String text = code == null ? null : code.replace("\r\n", "\n");
    if ((text == null || text.isBlank()) && bytes != null && known != SubmissionKind.DL4J_ZIP) {
      text = predictions ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    String name = file == null ? null : file.fileName();
    try {
      if (known == null) {
        throw new LabRefusedException(LabRefusedException.Reason.KIND_NOT_ACCEPTED, k);
      }
      var result =
          submit.submit(
              course,
              slug,
              user.requireId(),
              new LabSubmitService.Upload(known, bytes, text, name, note, key),
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

  /** Reads an upload, at most {@code max + 1} bytes so that "too large" can still be told. */
  static byte[] read(FileUpload file, long max) {
    if (file == null || file.uploadedFile() == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
