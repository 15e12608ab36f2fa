package vn.hocsau.system.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The landing page. */
@Path("/")
@PermitAll
public class HomeResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home();
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance home() {
    return Templates.home();
  }
}
