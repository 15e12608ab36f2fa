package vn.hocsau.grant;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * GPU hours for API clients: the caller's general quota, their applications, and applying. Only the
 * caller's own applications exist here: another's id answers 404. Refusals are problem+json ({@code
 * urn:hocsau:grant:…}).
 */
@Path("/api/v1/grants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants")
public class GrantApi {

  /**
   * An application as sent by a client.
   *
   * @param course a course slug, or null for any course
   * @param hours GPU hours per week
   * @param weeks the number of weeks
   */
  public record NewApplication(String course, String letter, Integer hours, Integer weeks) {}

  @Inject GrantApplications applications;
  @Inject ComputeMeter meter;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject Clock clock;

  @GET
  @Operation(summary = "The caller's grant applications, newest first")
  public List<ApplicationView> mine() {
    return applications.mine(user.requireId(), language.get());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of the caller's grant applications")
  public ApplicationView one(@RestPath long id) {
    return applications.one(user.requireId(), id, language.get());
  }

  @GET
  @Path("quota")
  @Operation(summary = "The caller's general compute quota this week, in GPU seconds")
  public QuotaView quota() {
    return meter.quota(user.requireId(), null, clock.instant());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply for GPU hours")
  public Response apply(NewApplication body) {
    NewApplication b = body == null ? new NewApplication(null, null, null, null) : body;
    ApplicationView a =
        applications.apply(
            user.requireId(),
            new GrantApplications.Form(
                b.course(),
                b.letter(),
                b.hours() == null ? null : String.valueOf(b.hours()),
                b.weeks() == null ? null : String.valueOf(b.weeks())),
            language.get());
    return Response.status(201).entity(a).build();
  }
}
