package vn.hocsau.job.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.web.ApiDocs;
import vn.hocsau.system.web.Attachment;

/**
 * The caller's training jobs for API clients (the CLI): list, read, cancel, follow (SSE or a JSON
 * page of events after a cursor), log tail, outputs, and a comparison. It reads what the job pages
 * compute ({@link JobReports}, {@link JobPages}, {@link JobStreams}). A job is shown to its owner
 * and to staff; anyone else gets 404, as for a job that does not exist. (401 and 500 are documented
 * for every operation by {@code system.web.ApiErrorsFilter}.)
 */
@Path("/api/v1/jobs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobsApi {

  @Inject JobReports reports;
  @Inject JobPages pages;
  @Inject JobStreams streams;
  @Inject CurrentUser user;
  @Inject SecurityIdentity identity;
  @Inject CurrentLanguage language;

  @GET
  @Operation(summary = "The caller's jobs, newest first, 20 a page")
  @APIResponse(responseCode = "200", description = "a page of jobs")
  public JobRecords.Listing list(
      @Parameter(description = "the page, from 1") @RestQuery Integer page) {
    return reports.list(
        user.requireId(), page == null ? 1 : page, language.messages(JobMessages.class));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One job: state, queue place, estimate, epochs, log tail, verdict, compute used")
  @APIResponse(responseCode = "200", description = "the job, worded in the caller's language")
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public Response get(@RestPath Long id) {
    JobPage page =
        pages
            .page(id, viewer(), language.messages(JobMessages.class))
            .orElseThrow(NotFoundException::new);
    return Response.ok(page).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Cancel a queued or running job; a job that already ended is left as it is")
  @APIResponse(responseCode = "200", description = "the job after the request")
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public JobPage cancel(@RestPath Long id) {
    Viewer viewer = viewer();
    pages.cancel(id, viewer).orElseThrow(NotFoundException::new);
    return pages
        .page(id, viewer, language.messages(JobMessages.class))
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/events")
  @Operation(
      summary = "The job's events after a cursor, as JSON (poll with the returned next cursor)")
  @APIResponse(responseCode = "200", description = "events of the current attempt")
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public JobRecords.EventPage events(
      @RestPath Long id,
      @Parameter(
              description =
                  "the last event seen, attempt:seq (an event's id, or the previous page's next);"
                      + " none for the beginning",
              example = "1:41")
          @RestQuery
          String after) {
    return reports.events(id, viewer(), after).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/events/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "The job's events as Server-Sent Events (started, epoch, finished, log, state, reset,"
              + " end), ids attempt:seq; closes after end")
  @APIResponse(
      responseCode = "200",
      description = "an event stream; send Last-Event-ID to resume",
      content =
          @Content(
              mediaType = MediaType.SERVER_SENT_EVENTS,
              schema = @Schema(type = SchemaType.STRING),
              example =
                  "event: epoch\nid: 1:3\ndata: {\"epoch\":2,\"epochs\":30,\"loss\":0.41}\n\n"))
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public void stream(
      @RestPath Long id,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    var job = pages.visible(id, viewer()).orElseThrow(NotFoundException::new);
    streams.open(id, StreamCursor.parse(lastEventId, job.attempt()), sink, sse);
  }

  @GET
  @Path("{id}/log")
  @Operation(summary = "The last lines the job's code logged (at most 200, sanitised)")
  @APIResponse(responseCode = "200", description = "the log tail of the current attempt")
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public JobRecords.Log log(@RestPath Long id) {
    return reports
        .log(id, viewer(), language.messages(JobMessages.class))
        .orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/outputs")
  @Operation(summary = "The files the job's current attempt uploaded: name, size, SHA-256")
  @APIResponse(responseCode = "200", description = "the uploaded files, by name")
  @APIResponse(
      responseCode = "404",
      description = "no such job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public List<JobOutputs.Stored> outputs(@RestPath Long id) {
    return reports.outputs(id, viewer()).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/outputs/{name}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(summary = "Download one file the job's current attempt uploaded")
  @APIResponse(responseCode = "200", description = "the file's bytes")
  @APIResponse(
      responseCode = "404",
      description = "no such file or job, or not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public Response output(@RestPath Long id, @RestPath String name) {
    byte[] bytes = reports.output(id, viewer(), name).orElseThrow(NotFoundException::new);
    // The name matched JobOutputs.NAME: no quote or path can be in it.
    return Attachment.of(bytes, name);
  }

  @GET
  @Path("compare")
  @Operation(
      summary =
          "Two or more of the caller's own jobs side by side: loss curves, metrics, and each"
              + " submission diffed with the first")
  @APIResponse(responseCode = "200", description = "the comparison")
  @APIResponse(
      responseCode = "400",
      description = "fewer than two or more than eight distinct ids",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.BAD_REQUEST))
  @APIResponse(
      responseCode = "404",
      description = "one of the jobs does not exist or is not the caller's",
      content = @Content(mediaType = ApiDocs.PROBLEM, example = ApiDocs.NOT_FOUND))
  public JobRecords.Comparison compare(
      @Parameter(description = "job ids, repeated (id=1&id=2) or comma-separated (id=1,2)")
          @RestQuery("id")
          List<String> ids) {
    List<Long> wanted = ids(ids);
    return reports
        .compare(user.requireId(), wanted, language.messages(JobMessages.class))
        .orElseThrow(NotFoundException::new);
  }

  private List<Long> ids(List<String> sent) {
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    for (String part : sent == null ? List.<String>of() : sent) {
      for (String id : part.split(",")) {
        try {
          ids.add(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
          throw new JobRequestException(JobRequestException.Reason.BAD_ID);
        }
      }
    }
    if (ids.size() < 2 || ids.size() > JobReports.MAX_COMPARED) {
      throw new JobRequestException(JobRequestException.Reason.COMPARE_COUNT);
    }
    return new ArrayList<>(ids);
  }

  private Viewer viewer() {
    return new Viewer(
        user.requireId(), identity.hasRole(Roles.INSTRUCTOR) || identity.hasRole(Roles.ADMIN));
  }
}
