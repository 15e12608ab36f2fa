package vn.hocsau.course.importer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocsau.system.Roles;

/** The admin page that imports {@code courses/} again and shows what changed. */
@Path("/admin/courses/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminImportResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance importPage(String dir, ImportReport report);
  }

  @Inject CourseImporter importer;
  @Inject CoursesConfig config;

  @GET
  public TemplateInstance form() {
    return Templates.importPage(config.dir(), null);
  }

  @POST
  public TemplateInstance run() {
    return Templates.importPage(config.dir(), importer.importConfigured());
  }
}
