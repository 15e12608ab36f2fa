package vn.hocsau.job.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.job.JobMessages;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The learner's training jobs: one job's page (live when scripts run), cancelling it, the history
 * of experiments, and several of them side by side. A job someone may not see is answered 404, the
 * same as a job that does not exist.
 */
@Path("/jobs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class JobsResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance job(JobPage page);

    static native TemplateInstance history(JobHistory.Page history);

    static native TemplateInstance compare(JobComparisons.Comparison comparison);
  }

  @Inject JobPages pages;
  @Inject JobHistory history;
  @Inject JobComparisons comparisons;
  @Inject CurrentUser user;
  @Inject SecurityIdentity identity;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance list(@RestQuery Integer page) {
    return Templates.history(
        history.page(
            user.requireId(), page == null ? 1 : page, language.messages(JobMessages.class)));
  }

  @GET
  @Path("{id}")
  public Response show(@RestPath Long id) {
    JobPage page =
        pages
            .page(id, viewer(), language.messages(JobMessages.class))
            .orElseThrow(NotFoundException::new);
    // The page changes as the job runs; a cached copy would show a stale state.
    return Response.ok(Templates.job(page)).header("Cache-Control", "no-store").build();
  }

  /** Cancels a queued or running job, then shows its page again. */
  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response cancel(@RestPath Long id) {
    pages.cancel(id, viewer()).orElseThrow(NotFoundException::new);
    return Response.seeOther(URI.create("/jobs/" + id)).build();
  }

  /**
   * Several of the learner's own jobs side by side: {@code ?id=3&id=5&id=8} (2 to {@link
   * JobComparisons#MAX_RUNS}), or the older {@code ?a=3&b=5}.
   */
  @GET
  @Path("compare")
  public TemplateInstance compare(
      @RestQuery Long a, @RestQuery Long b, @RestQuery("id") List<Long> id) {
    List<Long> ids = new ArrayList<>();
    Stream.of(a, b).filter(Objects::nonNull).forEach(ids::add);
    if (id != null) {
      id.stream().filter(Objects::nonNull).forEach(ids::add);
    }
    if (ids.size() < 2 || ids.stream().distinct().count() > JobComparisons.MAX_RUNS) {
      throw new BadRequestException();
    }
    return Templates.compare(
        comparisons
            .compare(user.requireId(), ids, language.messages(JobMessages.class))
            .orElseThrow(NotFoundException::new));
  }

  private Viewer viewer() {
    return new Viewer(
        user.requireId(), identity.hasRole(Roles.INSTRUCTOR) || identity.hasRole(Roles.ADMIN));
  }
}
