package vn.hocsau.quiz.take;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.account.CurrentUser;
import vn.hocsau.course.learn.CourseStep;
import vn.hocsau.course.learn.CourseSteps;
import vn.hocsau.system.i18n.CurrentLanguage;

/** A module's quiz: the form, and grading a submission. */
@Path("/courses/{slug}/modules/{module}/quiz")
@Authenticated
public class QuizResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance quiz(QuizPage page, CourseStep next);
  }

  @Inject QuizService quizzes;
  @Inject CurrentUser user;
  @Inject CurrentLanguage language;
  @Inject CourseSteps steps;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show(
      @RestPath String slug, @RestPath String module, @RestQuery boolean again) {
    return page(
        quizzes
            .show(slug, module, user.requireId(), again, language.get())
            .orElseThrow(NotFoundException::new));
  }

  @POST
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance submit(
      @RestPath String slug, @RestPath String module, @RestForm String submission) {
    if (submission == null || submission.isBlank() || submission.length() > 64) {
      throw new BadRequestException();
    }
    return page(
        quizzes
            .submit(
                slug, module, user.requireId(), submission, FormFields.current(), language.get())
            .orElseThrow(NotFoundException::new));
  }

  /** The page with the course's next step after this quiz, for its "next" link. */
  private TemplateInstance page(QuizPage page) {
    CourseStep next =
        steps.afterQuiz(page.courseSlug(), page.moduleSlug(), language.get()).orElse(null);
    return Templates.quiz(page, next);
  }
}
