package vn.hocsau.job.web;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.job.JobView;
import vn.hocsau.system.Roles;

/**
 * A job's events as Server-Sent Events, for the live chart: {@code started}, {@code epoch}, {@code
 * finished} and {@code log} as the runner sent them (log lines sanitised), each with id {@code
 * attempt:seq}; {@code state} when the job changes state; {@code reset} when a new attempt starts
 * over; and {@code end} once the job has ended, after which the stream closes. A browser that
 * reconnects sends the last id in {@code Last-Event-ID} and gets only what it missed.
 */
@Path("/jobs/{id}/events/stream")
@Authenticated
public class JobStreamResource {

  @Inject JobPages pages;
  @Inject JobStreams streams;
  @Inject CurrentUser user;
  @Inject SecurityIdentity identity;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(
      @RestPath Long id,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    Viewer viewer =
        new Viewer(
            user.requireId(), identity.hasRole(Roles.INSTRUCTOR) || identity.hasRole(Roles.ADMIN));
    JobView job = pages.visible(id, viewer).orElseThrow(NotFoundException::new);
    streams.open(id, StreamCursor.parse(lastEventId, job.attempt()), sink, sse);
  }
}
