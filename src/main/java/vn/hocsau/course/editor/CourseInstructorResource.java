package vn.hocsau.course.editor;

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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.CourseMessages;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.system.Roles;
import vn.hocsau.system.i18n.CurrentLanguage;

/** Admins choose who teaches a course: those instructors may moderate its labs' submissions. */
@Path("/instructor/courses/{slug}/instructors")
@RolesAllowed(Roles.ADMIN)
public class CourseInstructorResource {

  /**
   * The page's content.
   *
   * @param problem a refused change, translated, or null
   */
  public record Page(String slug, List<CourseInstructors.Instructor> instructors, String problem) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance instructors(Page page);
  }

  @Inject CourseInstructors instructors;
  @Inject CourseRepository courses;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(@RestPath String slug) {
    return Templates.instructors(page(slug, null));
  }

  /** Adds the instructor or admin with {@code email}. */
  @POST
  @Produces(MediaType.TEXT_HTML)
  public Response add(@RestPath String slug, @RestForm String email) {
    page(slug, null);
    if (!instructors.add(slug, email)) {
      return Response.status(400)
          .entity(
              Templates.instructors(
                  page(slug, language.messages(CourseMessages.class).instructors_unknown_email())))
          .type(MediaType.TEXT_HTML_TYPE)
          .build();
    }
    return back(slug);
  }

  @POST
  @Path("{id}/remove")
  public Response remove(@RestPath String slug, @RestPath long id) {
    page(slug, null);
    instructors.remove(slug, id);
    return back(slug);
  }

  private Page page(String slug, String problem) {
    if (courses.findBySlug(slug).isEmpty()) {
      throw new NotFoundException();
    }
    return new Page(slug, instructors.of(slug), problem);
  }

  private static Response back(String slug) {
    return Response.seeOther(URI.create("/instructor/courses/" + slug + "/instructors")).build();
  }
}
