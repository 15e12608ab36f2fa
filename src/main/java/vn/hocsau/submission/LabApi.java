package vn.hocsau.submission;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * Labs for API clients (the CLI): list labs, download public data, submit predictions, read one's
 * own submissions. Errors are problem+json (refusals are {@link LabRefusedException}s and {@link
 * InvalidPredictionsException}s); validation errors carry the offending {@code line}.
 */
@Path("/api/v1/labs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "labs")
public class LabApi {

  /** What a submission call returns. */
  public record Submitted(Long id, SubmissionStatus status, Double publicScore, String message) {}

  @Inject LabService labs;
  @Inject LabSubmitService submit;
  @Inject LabConfig config;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @PermitAll
  @Operation(summary = "Every published lab and competition")
  public List<LabSummary> list() {
    return labs.all(language.get());
  }

  @GET
  @Path("{course}/{slug}/files")
  @Authenticated
  @Operation(summary = "The lab's public data files: name, role, size and SHA-256")
  public List<LabService.PublicFile> files(@RestPath String course, @RestPath String slug) {
    return labs.files(course, slug).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{course}/{slug}/files/{name}")
  @Authenticated
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "A public data file of the lab: the train set or the test features")
  public Response file(@RestPath String course, @RestPath String slug, @RestPath String name) {
    LabService.DataFile file = labs.file(course, slug, name).orElseThrow(NotFoundException::new);
    return Response.ok(file.bytes())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .build();
  }

  @POST
  @Path("{course}/{slug}/submissions")
  @Authenticated
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Submit a predictions file; scored at once")
  @APIResponse(responseCode = "201", description = "stored (and scored)")
  @APIResponse(responseCode = "422", description = "the file is invalid; not charged")
  public Response submit(
      @RestPath String course,
      @RestPath String slug,
      @RestForm FileUpload file,
      @RestForm String note,
      @HeaderParam("Idempotency-Key") String key) {
    var result =
        submit.submit(
            course,
            slug,
            user.requireId(),
            new LabSubmitService.Upload(
                SubmissionKind.PREDICTIONS,
                LabResource.read(file, config.maxPredictionsBytes()),
                null,
                file == null ? null : file.fileName(),
                note,
                key),
            language.get());
    SubmissionView s = result.submission();
    if (s.status() == SubmissionStatus.INVALID) {
      throw new InvalidPredictionsException(s);
    }
    return Response.status(result.created() ? 201 : 200)
        .entity(new Submitted(s.id(), s.status(), s.publicScore(), s.message()))
        .build();
  }

  @GET
  @Path("{course}/{slug}/submissions")
  @Authenticated
  @Operation(summary = "The caller's own submissions; privateScore only after the reveal")
  public List<SubmissionView> mine(@RestPath String course, @RestPath String slug) {
    return labs.mine(course, slug, user.requireId(), language.get())
        .orElseThrow(NotFoundException::new);
  }
}
