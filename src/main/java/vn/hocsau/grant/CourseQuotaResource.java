package vn.hocsau.grant;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.CurrentLanguage;

/** A course's weekly compute quota, for its instructors and admins. */
@Path("/instructor/courses/{slug}/compute-quota")
@RolesAllowed(Roles.INSTRUCTOR)
@Produces(MediaType.TEXT_HTML)
public class CourseQuotaResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance quota(
        CourseQuotaSettings.Setting setting, String hours, String notice, String problem);
  }

  @Inject CourseQuotaSettings settings;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  public TemplateInstance show(@RestPath String slug, @RestQuery boolean saved) {
    CourseQuotaSettings.Setting s = setting(slug);
    String notice =
        saved ? Bundles.in(language.get(), GrantMessages.class).course_quota_saved() : null;
    return Templates.quota(
        s, s.courseSeconds() == null ? "" : s.hours(s.courseSeconds()), notice, null);
  }

  @POST
  public Response save(@RestPath String slug, @RestForm String hours) {
    try {
      if (!settings.set(slug, user.requireId(), user.isAdmin(), hours)) {
        throw new NotFoundException();
      }
    } catch (GrantException e) {
      if (e.problem() == GrantException.Problem.FORBIDDEN) {
        throw e;
      }
      return Response.status(e.status())
          .entity(Templates.quota(setting(slug), hours, null, e.message(language.get())))
          .build();
    }
    return Response.seeOther(
            URI.create("/instructor/courses/" + slug + "/compute-quota?saved=true"))
        .build();
  }

  private CourseQuotaSettings.Setting setting(String slug) {
    return settings
        .get(slug, user.requireId(), user.isAdmin(), language.get())
        .orElseThrow(NotFoundException::new);
  }
}
