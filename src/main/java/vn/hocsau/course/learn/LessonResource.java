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
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.pagecache.PageCache;

/** A lesson page (public), and marking it as done (signed in). */
@Path("/courses/{slug}/lessons/{lesson}")
@PermitAll
public class LessonResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance lesson(LessonPage page);
  }

  @Inject LessonService lessons;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject PageCache pages;

  /** The lesson; kept for other anonymous visitors when this one is anonymous too. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public String lesson(@RestPath String slug, @RestPath String lesson) {
    return pages.render(
        Templates.lesson(
            lessons
                .open(slug, lesson, language.get(), user.id())
                .orElseThrow(NotFoundException::new)));
  }

  @POST
  @Path("done")
  @Authenticated
  public Response done(@RestPath String slug, @RestPath String lesson) {
    String next =
        lessons
            .markDone(slug, lesson, user.requireId(), language.get())
            .orElseThrow(NotFoundException::new);
    return Response.seeOther(URI.create(next)).build();
  }
}
