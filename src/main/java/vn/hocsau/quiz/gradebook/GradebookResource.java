package vn.hocsau.quiz.gradebook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.system.i18n.CurrentLanguage;

/** The learner's gradebook. */
@Path("/gradebook")
@Authenticated
public class GradebookResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance gradebook(Gradebook book);
  }

  @Inject GradebookService gradebooks;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show() {
    return Templates.gradebook(gradebooks.of(user.requireId(), language.get()));
  }
}
