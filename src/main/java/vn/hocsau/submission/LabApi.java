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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.web.ApiDocs;
import vn.hocsau.system.web.Attachment;

/**
 * Labs for API clients (the CLI): list labs and download their public data (no token needed),
 * submit every kind the lab accepts, read one's own submissions. Submissions go through {@link
 * SubmissionForm} and {@link LabSubmitService}, exactly as the lab page's form does. Errors are
 * problem+json (refusals are {@link LabRefusedException}s and {@link
 * InvalidPredictionsException}s); validation errors carry the offending {@code line}.
 */
@Path("/api/v1/labs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "labs")
public class LabApi {

  /**
   * What a submission call returns.
   *
   * @param jobId the training job of a model submission (follow it under /api/v1/jobs), or null
   */
  public record Submitted(
      Long id,
      String kind,
      SubmissionStatus status,
      Double publicScore,
      String message,
      Long jobId) {}

  /** The parts of a submission, for the OpenAPI document. */
  @Schema(name = "SubmissionParts")
  public record SubmissionParts(
      @Schema(
              description = "predictions (the default), config, java, dl4j-json or dl4j-zip",
              example = "config")
          String kind,
      @Schema(
              description =
                  "the file; several file parts only for java (joined into one unit, the"
                      + " LabModel class leading)",
              type = SchemaType.STRING,
              format = "binary")
          String file,
      @Schema(
              description =
                  "pasted text (config, Java, DL4J JSON) instead of a file; a file sent with it wins",
              example = "layers:\n  - dense: {units: 16, activation: relu}\n  - output: {}\n")
          String code,
      @Schema(description = "a note for yourself, at most 500 characters") String note) {}

  static final String LAB_NOT_FOUND =
      "{\"type\":\"urn:hocsau:lab:not-found\",\"title\":\"Page not found\",\"status\":404,"
          + "\"detail\":\"There is no such lab.\",\"instance\":\"/api/v1/labs/x/y/submissions\","
          + "\"line\":0}";
  static final String DEADLINE =
      "{\"type\":\"urn:hocsau:lab:deadline-passed\",\"title\":\"Error 409\",\"status\":409,"
          + "\"detail\":\"The deadline has passed.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/thoi-trang/submissions\",\"line\":0}";
  static final String TOO_LARGE =
      "{\"type\":\"urn:hocsau:lab:too-large\",\"title\":\"Error 413\",\"status\":413,"
          + "\"detail\":\"The submission is too large (at most 200000 characters).\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\",\"line\":0}";
  static final String KIND =
      "{\"type\":\"urn:hocsau:lab:kind-not-accepted\",\"title\":\"Error 422\",\"status\":422,"
          + "\"detail\":\"This lab does not accept java submissions.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\",\"line\":0}";
  static final String DAILY_LIMIT =
      "{\"type\":\"urn:hocsau:lab:daily-limit\",\"title\":\"Too many requests\","
          + "\"status\":429,\"detail\":\"You have used all 20 submissions for today; try again"
          + " after midnight.\",\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/"
          + "submissions\",\"line\":0}";

  @Inject LabService labs;
  @Inject LabSubmitService submit;
  @Inject LabConfig config;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @PermitAll
  @Operation(summary = "Every published lab and competition")
  @APIResponse(responseCode = "200", description = "the labs, titled in the caller's language")
  public List<LabSummary> list() {
    return labs.all(language.get());
  }

  @GET
  @Path("{course}/{slug}/files")
  @PermitAll
  @Operation(summary = "The lab's public data files: name, role, size and SHA-256")
  @APIResponse(responseCode = "200", description = "the train set and the test features")
  @APIResponse(
      responseCode = "404",
      description = "no such published lab, or its dataset is not installed",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public List<LabService.PublicFile> files(@RestPath String course, @RestPath String slug) {
    return labs.files(course, slug).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{course}/{slug}/files/{name}")
  @PermitAll
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "A public data file of the lab: the train set or the test features")
  @APIResponse(responseCode = "200", description = "the file's bytes")
  @APIResponse(
      responseCode = "404",
      description = "no such file (the test labels are never one)",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public Response file(@RestPath String course, @RestPath String slug, @RestPath String name) {
    LabService.DataFile file = labs.file(course, slug, name).orElseThrow(NotFoundException::new);
    return Attachment.of(file.bytes(), file.name());
  }

  @POST
  @Path("{course}/{slug}/submissions")
  @Authenticated
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Submit to a lab: predictions (scored at once) or a model to train (queued as a job)",
      description =
          "The same rules as the lab page's form, in the same service: the kinds the lab accepts,"
              + " size limits (text at most 200,000 characters, predictions at most 8 MiB), the"
              + " daily allowance, the compute quota for training kinds, and Idempotency-Key (a"
              + " repeated key returns the first submission with 200). Errors are problem+json in"
              + " the caller's language (Accept-Language or ?lang=vi|en).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = SubmissionParts.class)))
  @APIResponse(
      responseCode = "201",
      description = "stored: scored (predictions) or PENDING with the jobId of its training job",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Submitted.class),
              examples = {
                @ExampleObject(
                    name = "predictions",
                    value =
                        "{\"id\":12,\"kind\":\"predictions\",\"status\":\"SCORED\","
                            + "\"publicScore\":0.93,\"message\":null,\"jobId\":null}"),
                @ExampleObject(
                    name = "config",
                    value =
                        "{\"id\":13,\"kind\":\"config\",\"status\":\"PENDING\","
                            + "\"publicScore\":null,\"message\":null,\"jobId\":7}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "the Idempotency-Key was used before: the first submission, unchanged")
  @APIResponse(
      responseCode = "400",
      description =
          "a malformed or truncated multipart body, or a file name with control characters",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.BAD_REQUEST))
  @APIResponse(
      responseCode = "404",
      description = "no such published lab (urn:hocsau:lab:not-found)",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = LAB_NOT_FOUND))
  @APIResponse(
      responseCode = "409",
      description =
          "the lab is not open (urn:hocsau:lab:not-started, deadline-passed) or its dataset is"
              + " not installed (dataset-missing)",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = DEADLINE))
  @APIResponse(
      responseCode = "413",
      description =
          "over a size limit (urn:hocsau:lab:too-large, or a form field or body over the server's"
              + " limit); the message names the limit",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = TOO_LARGE))
  @APIResponse(
      responseCode = "422",
      description =
          "a kind the lab does not accept, an empty or non-text submission, several files of a"
              + " one-file kind, or an invalid predictions file (its line; not charged)",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = KIND))
  @APIResponse(
      responseCode = "429",
      description =
          "the daily allowance is used up (urn:hocsau:lab:daily-limit), or the training job would"
              + " exceed the compute quota (urn:hocsau:lab:compute-quota)",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = DAILY_LIMIT))
  public Response submit(
      @RestPath String course,
      @RestPath String slug,
      @RestForm String kind,
      @RestForm("file") List<FileUpload> files,
      @RestForm String code,
      @RestForm String note,
      @HeaderParam("Idempotency-Key") String key) {
    var result =
        submit.submit(
            course,
            slug,
            user.requireId(),
            SubmissionForm.upload(kind, files, code, note, key, config),
            language.get());
    SubmissionView s = result.submission();
    if (s.status() == SubmissionStatus.INVALID) {
      throw new InvalidPredictionsException(s);
    }
    return Response.status(result.created() ? 201 : 200)
        .entity(
            new Submitted(s.id(), s.kind(), s.status(), s.publicScore(), s.message(), s.jobId()))
        .build();
  }

  @GET
  @Path("{course}/{slug}/submissions")
  @Authenticated
  @Operation(summary = "The caller's own submissions; privateScore only after the reveal")
  @APIResponse(responseCode = "200", description = "the caller's submissions, newest first")
  @APIResponse(
      responseCode = "404",
      description = "no such published lab",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public List<SubmissionView> mine(@RestPath String course, @RestPath String slug) {
    return labs.mine(course, slug, user.requireId(), language.get())
        .orElseThrow(NotFoundException::new);
  }
}
