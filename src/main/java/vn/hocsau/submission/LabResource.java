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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.lab.SubmissionKind;
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
  public TemplateInstance show(
      @RestPath String course, @RestPath String slug, @RestQuery Long from) {
    LabPage page = page(course, slug);
    // "Edit and resubmit" from a job page: the learner's own earlier text, in the editor.
    if (from != null && user.id().isPresent()) {
      var draft = labs.draft(course, slug, from, user.id().get());
      if (draft.isPresent()) {
        page = page.withDraft(draft.get().kind(), draft.get().text());
      }
    }
    return Templates.lab(page);
  }

  private LabPage page(String course, String slug) {
    return labs.page(course, slug, user.id().orElse(null), language.get())
        .orElseThrow(NotFoundException::new);
  }

  /**
   * Checks config or code before it is submitted and shows what was found (layers, shapes,
   * parameters) with the text still in the editor. Uses no submission and no compute.
   */
  @POST
  @Path("check")
  @Authenticated
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  public Response check(
      @RestPath String course,
      @RestPath String slug,
      @RestForm String kind,
      @RestForm FileUpload file,
      @RestForm String code) {
    Sent sent = sent(kind, file, code);
    LabPage page = page(course, slug).withDraft(sent.kindKey(), sent.text());
    try {
      if (sent.kind() == null) {
        throw new LabRefusedException(LabRefusedException.Reason.KIND_NOT_ACCEPTED, kind);
      }
      PreflightReport report =
          submit.check(
              course,
              slug,
              new LabSubmitService.Upload(
                  sent.kind(), sent.bytes(), sent.text(), sent.name(), null, null),
              language.get());
      return Response.ok(Templates.lab(page.withPreflight(report))).build();
    } catch (LabRefusedException | PreflightRefusedException e) {
      return Response.status(e.status())
          .entity(Templates.lab(page.with(null, e.message(language.get()))))
          .build();
    }
  }

  /**
   * A submission: a predictions file, an uploaded model zip, or config/code pasted in the editor
   * ({@code code}) or uploaded ({@code file}). The lab page's code form sends {@code then=job}, so
   * a queued training submission continues on its job page; otherwise the lab page shows it at the
   * top. A refused one comes back with its text still in the editor.
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
      @RestForm("idempotency") String key,
      @RestForm String then) {
    Sent sent = sent(kind, file, code);
    try {
      if (sent.kind() == null) {
        throw new LabRefusedException(LabRefusedException.Reason.KIND_NOT_ACCEPTED, sent.kindKey());
      }
      var result =
          submit.submit(
              course,
              slug,
              user.requireId(),
              new LabSubmitService.Upload(
                  sent.kind(), sent.bytes(), sent.text(), sent.name(), note, key),
              language.get());
      SubmissionView made = result.submission();
      if ("job".equals(then) && made.jobId() != null && made.message() == null) {
        return Response.seeOther(URI.create("/jobs/" + made.jobId())).build();
      }
      LabPage page = page(course, slug).with(made, null);
      if (sent.kind().text()) {
        page = page.withDraft(sent.kindKey(), sent.text());
      }
      return Response.status(made.message() == null ? 200 : 422)
          .entity(Templates.lab(page))
          .build();
    } catch (LabRefusedException | ComputeRefusedException | PreflightRefusedException e) {
      LabPage page = page(course, slug).with(null, e.message(language.get()));
      if (sent.kind() != null && sent.kind().text()) {
        page = page.withDraft(sent.kindKey(), sent.text());
      }
      return Response.status(e.status()).entity(Templates.lab(page)).build();
    }
  }

  /** What a form sent, read once for checking and submitting alike. */
  private record Sent(
      SubmissionKind kind, String kindKey, byte[] bytes, String text, String name) {}

  private Sent sent(String kind, FileUpload file, String code) {
    String k = kind == null ? SubmissionKind.PREDICTIONS.key() : kind;
    // Null for a kind that does not exist, which no lab accepts: refused like any kind the lab
    // does not take.
    SubmissionKind known = SubmissionKind.fromKey(k).orElse(null);
    boolean predictions = known == SubmissionKind.PREDICTIONS;
    byte[] bytes = read(file, predictions ? config.maxPredictionsBytes() : config.maxUploadBytes());
    // Browsers send a textarea's line breaks as CRLF (HTML form encoding); the learner typed LF.
    String text = code == null ? null : code.replace("\r\n", "\n");
    if ((text == null || text.isBlank()) && bytes != null && known != SubmissionKind.DL4J_ZIP) {
      text = predictions ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    return new Sent(known, k, bytes, text, file == null ? null : file.fileName());
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
