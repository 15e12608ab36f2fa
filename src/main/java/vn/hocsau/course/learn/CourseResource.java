package vn.hocsau.course.learn;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.submission.LabService;
import vn.hocsau.submission.LabSummary;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The course page (public), and enrolling in or leaving a course (signed in). */
@Path("/courses/{slug}")
@PermitAll
public class CourseResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance course(CoursePage page, List<LabSummary> labs);
  }

  @Inject CourseService courses;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject LabService labs;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance course(@RestPath String slug) {
    CoursePage page =
        courses.page(slug, language.get(), user.id()).orElseThrow(NotFoundException::new);
    return Templates.course(page, labs.ofCourse(slug, language.get()));
  }

  @POST
  @Path("enrol")
  @Authenticated
  public Response enrol(@RestPath String slug) {
    if (!courses.enrol(slug, user.requireId())) {
      throw new NotFoundException();
    }
    return backTo(slug);
  }

  @POST
  @Path("unenrol")
  @Authenticated
  public Response unenrol(@RestPath String slug) {
    if (!courses.unenrol(slug, user.requireId())) {
      throw new NotFoundException();
    }
    return backTo(slug);
  }

  private static Response backTo(String slug) {
    return Response.seeOther(URI.create("/courses/" + slug)).build();
  }
}
