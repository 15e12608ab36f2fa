package vn.hocsau.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The course catalog. Empty until the courses issue brings content. */
@Path("/courses")
@PermitAll
public class CatalogResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance catalog();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance catalog() {
    return Templates.catalog();
  }
}
