package vn.hocsau.course.editor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocsau.course.render.LessonPreview;
import vn.hocsau.system.Roles;

/**
 * Live preview for the lesson editor: Markdown in, the HTML fragment the lesson page would show
 * out, rendered and sanitized by the site's own renderer. A form POST, so it carries the CSRF
 * token.
 */
@Path("/instructor/preview")
@RolesAllowed(Roles.INSTRUCTOR)
public class PreviewResource {

  @Inject LessonPreview preview;

  @POST
  @Produces(MediaType.TEXT_HTML)
  public Response preview(
      @RestForm String markdown, @RestForm String slug, @RestForm String module) {
    return Response.ok(preview.html(markdown, slug, module))
        // A fragment for the editor's script, never a page of its own.
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'self'")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
