package vn.hocsau.course.path;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The learning path across courses (public; a signed-in learner also sees where they stand). */
@Path("/path")
@PermitAll
public class LearningPathResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance path(PathPage page);
  }

  @Inject LearningPathService paths;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance path() {
    return Templates.path(paths.page(language.get(), user.id()));
  }
}
