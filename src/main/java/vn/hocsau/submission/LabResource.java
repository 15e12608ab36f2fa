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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.web.Attachment;

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
    return Attachment.of(file.bytes(), file.name());
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
      @RestForm("file") List<FileUpload> files,
      @RestForm String code) {
    LabPage page = page(course, slug).withDraft(kind, typed(code));
    try {
      LabSubmitService.Upload upload = SubmissionForm.upload(kind, files, code, null, null, config);
      page = page.withDraft(upload.kind().key(), upload.text());
      PreflightReport report = submit.check(course, slug, upload, language.get());
      return Response.ok(Templates.lab(page.withPreflight(report))).build();
    } catch (LabRefusedException | PreflightRefusedException e) {
      return Response.status(e.status())
          .entity(Templates.lab(page.with(null, e.message(language.get())).withErrorLine(line(e))))
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
      @RestForm("file") List<FileUpload> files,
      @RestForm String code,
      @RestForm String note,
      @RestForm("idempotency") String key,
      @RestForm String then) {
    String draftKind = kind;
    String draftText = typed(code);
    try {
      LabSubmitService.Upload upload = SubmissionForm.upload(kind, files, code, note, key, config);
      draftKind = upload.kind().key();
      draftText = upload.kind().text() ? upload.text() : null;
      var result = submit.submit(course, slug, user.requireId(), upload, language.get());
      SubmissionView made = result.submission();
      if ("job".equals(then) && made.jobId() != null && made.message() == null) {
        return Response.seeOther(URI.create("/jobs/" + made.jobId())).build();
      }
      LabPage page = page(course, slug).with(made, null);
      if (draftText != null) {
        page = page.withDraft(draftKind, draftText).withErrorLine(made.line());
      }
      return Response.status(made.message() == null ? 200 : 422)
          .entity(Templates.lab(page))
          .build();
    } catch (LabRefusedException | ComputeRefusedException | PreflightRefusedException e) {
      LabPage page = page(course, slug).with(null, e.message(language.get()));
      if (draftText != null) {
        page = page.withDraft(draftKind, draftText).withErrorLine(line(e));
      }
      return Response.status(e.status()).entity(Templates.lab(page)).build();
    }
  }

  /** The line of the editor's text a refusal names, or 0. */
  private static long line(DomainException e) {
    return e.line() == null ? 0 : e.line();
  }

  /** What the learner typed in the editor, with the browser's CRLF line ends made LF again. */
  private static String typed(String code) {
    return code == null || code.isBlank() ? null : code.replace("\r\n", "\n");
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
